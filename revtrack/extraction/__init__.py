"""The parts of reading an article out of an HTML page, one module each.

``revtrack.extract`` drives them: ``tree`` parses the page (a saved fragment is wrapped
into a whole document first) and turns figure captions into marked paragraphs,
``sites`` drops what a registered site rule says is never article text, ``history``
takes the publisher's change history out of the page before the body is extracted,
trafilatura finds the body, and ``body`` writes trafilatura's tree as blocks with their
roles (``revtrack.blocks``). ``frontmatter`` reads the YAML header of a text file, and
``source_file`` reads the body of a publisher's source file (Markdown or HTML) as a page.
"""
