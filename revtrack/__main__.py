"""``python -m revtrack`` runs the command line."""

from revtrack.cli import main

main()
