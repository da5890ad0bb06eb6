"""``python -m tjlint``."""

from tjlint.cli import main

if __name__ == "__main__":
    main()
