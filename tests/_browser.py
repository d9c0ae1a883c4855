"""A real headless Chromium for tests that check what a person sees in a browser.

Debian's ``chromium`` package is used (``/usr/bin/chromium``; ``$REVTRACK_CHROMIUM`` names
another binary). When none is installed, or it cannot start, the test is skipped with the
reason, so a machine without a browser still runs the rest of the suite; CI installs the
package first (``.ci/run``).

The browser is driven over the Chrome DevTools protocol (one websocket, with the
``websocket-client`` package): it is started with a fresh profile and every feature that
would reach the network switched off, and a page is opened in its own tab. What a page
logs to the console, and every uncaught exception, is collected, so a test can assert that
no error reached the console. Use it as::

    from tests._browser import chromium

    def test_page(tmp_path):
        with chromium() as browser:
            page = browser.open((tmp_path / "index.html").as_uri())
            assert page.evaluate("document.title") == "..."
            assert page.console_errors == []
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DEBIAN_CHROMIUM = "/usr/bin/chromium"
# Switches that keep a test browser quiet, private and offline: no sandbox (tests may run
# as root, where Chromium refuses its sandbox), no GPU, no first-run pages, no background
# fetches, updates or sync, and no QUIC probing.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--hide-scrollbars",
)
START_TIMEOUT = 30.0
COMMAND_TIMEOUT = 30.0
INSTALL_HINT = "install Debian's chromium package (apt-get install -y chromium)"


def find_chromium() -> str | None:
    """The Chromium binary to use, or None when there is none."""
    named = os.environ.get("REVTRACK_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    if Path(DEBIAN_CHROMIUM).is_file():
        return DEBIAN_CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The Chromium binary, or skip the calling test saying why there is none."""
    path = find_chromium()
    if path is None:
        pytest.skip(f"no Chromium browser found at {DEBIAN_CHROMIUM}; {INSTALL_HINT}")
    try:
        import websocket  # noqa: F401
    except ImportError:
        pytest.skip("the websocket-client package is missing; reinstall with make")
    return path


class BrowserError(RuntimeError):
    """The browser answered a command with an error, or did not answer in time."""


class Page:
    """One tab: evaluate script, click, read the console, take a screenshot."""

    def __init__(self, browser: Chromium, target_id: str, session_id: str) -> None:
        self._browser = browser
        self.target_id = target_id
        self.session_id = session_id
        self.console: list[dict[str, Any]] = []
        self.exceptions: list[dict[str, Any]] = []
        self.log_entries: list[dict[str, Any]] = []
        self._loaded = False

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one DevTools command to this tab and return its result."""
        return self._browser.send(method, session_id=self.session_id, **params)

    def _event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Runtime.consoleAPICalled":
            self.console.append(params)
        elif method == "Runtime.exceptionThrown":
            self.exceptions.append(params.get("exceptionDetails", {}))
        elif method == "Log.entryAdded":
            self.log_entries.append(params.get("entry", {}))
        elif method == "Page.loadEventFired":
            self._loaded = True

    def navigate(self, url: str) -> None:
        """Go to ``url`` and wait for its load event."""
        self._loaded = False
        result = self.send("Page.navigate", url=url)
        if result.get("errorText"):
            raise BrowserError(f"could not open {url}: {result['errorText']}")
        self._browser.pump(lambda: self._loaded, f"the load event of {url}")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (awaited when a promise)."""
        result = self.send(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"script failed: {text}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 10.0) -> Any:
        """Evaluate ``expression`` until it is truthy; its value, or BrowserError."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out waiting for: {expression}")
            time.sleep(0.05)

    def click(self, selector: str) -> None:
        """Click the first element matching ``selector`` (a real mouse event at its centre)."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            # The first box: a link that wraps has a bounding box whose centre may be
            # in a gap between its lines.
            " const r = e.getClientRects()[0] || e.getBoundingClientRect();"
            " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
        )
        if box is None:
            raise BrowserError(f"nothing matches {selector!r}")
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                type=kind,
                x=box["x"],
                y=box["y"],
                button="left",
                clickCount=1,
            )

    def type_text(self, selector: str, text: str) -> None:
        """Focus the element matching ``selector`` and type ``text`` as key presses."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def set_viewport(self, width: int, height: int, *, mobile: bool = False) -> None:
        """Emulate a screen of this size (``mobile``: a phone's viewport and scaling)."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def emulate_media(self, media: str) -> None:
        """Lay the page out for ``print`` or ``screen``."""
        self.send("Emulation.setEmulatedMedia", media=media)

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        """Write a PNG of the page (the whole page by default) to ``path``."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    @property
    def console_errors(self) -> list[str]:
        """Every console error, uncaught exception and browser error log line, as text."""
        errors = []
        for call in self.console:
            if call.get("type") in {"error", "assert"}:
                args = call.get("args", [])
                errors.append(" ".join(str(a.get("value", a.get("description"))) for a in args))
        for details in self.exceptions:
            exc = details.get("exception", {})
            errors.append(exc.get("description") or details.get("text", "exception"))
        for entry in self.log_entries:
            if entry.get("level") == "error":
                errors.append(f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}")
        return errors


class Chromium:
    """A headless Chromium process and the DevTools connection to it."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self._profile = tempfile.TemporaryDirectory(prefix="revtrack-chromium-")
        self._process: subprocess.Popen[bytes] | None = None
        # A file, not a pipe: a chatty browser must never block on a full pipe.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self._socket: Any = None
        self._ids = itertools.count(1)
        self._pages: dict[str, Page] = {}

    def start(self) -> None:
        """Start the browser and connect to it, or raise BrowserError saying why not."""
        import websocket

        profile = Path(self._profile.name)
        self._process = subprocess.Popen(
            [
                self.binary,
                *FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "--remote-debugging-address=127.0.0.1",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        # Chromium writes the port it chose, and the browser's websocket path, to this file.
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while not (port_file.is_file() and len(port_file.read_text().splitlines()) >= 2):
            if self._process.poll() is not None:
                self._log.seek(0)
                stderr = self._log.read().decode(errors="replace")
                last = stderr.strip().splitlines()[-1:] or ["no message"]
                raise BrowserError(f"Chromium exited at start ({last[0]})")
            if time.monotonic() > deadline:
                raise BrowserError(f"Chromium did not start within {START_TIMEOUT:.0f} s")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._socket = websocket.create_connection(
            f"ws://127.0.0.1:{port}{path}", timeout=COMMAND_TIMEOUT, suppress_origin=True
        )

    def send(self, method: str, *, session_id: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one DevTools command and wait for its answer, dispatching events meanwhile."""
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params}
        if session_id is not None:
            message["sessionId"] = session_id
        self._socket.send(json.dumps(message))
        answer: dict[str, Any] = {}

        def answered() -> bool:
            return bool(answer)

        self.pump(answered, method, want_id=message_id, into=answer)
        if "error" in answer:
            raise BrowserError(f"{method}: {answer['error'].get('message')}")
        return answer.get("result", {})

    def pump(
        self,
        done: Any,
        what: str,
        *,
        want_id: int | None = None,
        into: dict[str, Any] | None = None,
    ) -> None:
        """Read messages until ``done()`` is true, handing events to their pages."""
        import websocket

        deadline = time.monotonic() + COMMAND_TIMEOUT
        while not done():
            if time.monotonic() > deadline:
                raise BrowserError(f"no answer from Chromium for {what}")
            try:
                raw = self._socket.recv()
            except websocket.WebSocketTimeoutException:
                continue
            message = json.loads(raw)
            if want_id is not None and message.get("id") == want_id and into is not None:
                into.update(message)
                into.setdefault("result", {})
            elif "method" in message:
                page = self._pages.get(message.get("sessionId", ""))
                if page is not None:
                    page._event(message["method"], message.get("params", {}))

    def open(self, url: str, *, width: int = 1280, height: int = 900) -> Page:
        """A new tab showing ``url``, loaded, with its console and errors being collected."""
        target_id = self.send("Target.createTarget", url="about:blank")["targetId"]
        session_id = self.send("Target.attachToTarget", targetId=target_id, flatten=True)[
            "sessionId"
        ]
        page = Page(self, target_id, session_id)
        self._pages[session_id] = page
        for domain in ("Page", "Runtime", "Log"):
            page.send(f"{domain}.enable")
        page.set_viewport(width, height)
        page.navigate(url)
        return page

    def close(self) -> None:
        """Stop the browser and remove its profile."""
        if self._socket is not None:
            with contextlib.suppress(Exception):
                self._socket.send(json.dumps({"id": next(self._ids), "method": "Browser.close"}))
            with contextlib.suppress(Exception):
                self._socket.close()
        if self._process is not None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._log.close()
        self._profile.cleanup()


@contextlib.contextmanager
def chromium() -> Iterator[Chromium]:
    """A started headless Chromium, closed afterwards; skips the test when there is none."""
    browser = Chromium(require_chromium())
    try:
        try:
            browser.start()
        except BrowserError as exc:
            pytest.skip(f"Chromium could not be started ({exc}); {INSTALL_HINT}")
        yield browser
    finally:
        browser.close()
