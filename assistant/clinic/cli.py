"""Staff users and API keys from the command line.

python -m assistant.clinic.cli add-user NAME      # asks the password (or $ASSISTANT_NEW_PASSWORD)
python -m assistant.clinic.cli create-key NAME    # prints the key once
python -m assistant.clinic.cli revoke-key NAME
python -m assistant.clinic.cli list-keys
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from assistant.clinic.database import open_database
from assistant.clinic.keys import create_key, list_keys, revoke_key
from assistant.clinic.staff import add_user
from assistant.config import get_settings
from assistant.errors import AssistantError, SettingsError

PASSWORD_VARIABLE = "ASSISTANT_NEW_PASSWORD"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.clinic.cli", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("add-user", "create a staff user, or set a new password"),
        ("create-key", "create an API key (shown once)"),
        ("revoke-key", "revoke an API key"),
    ):
        commands.add_parser(name, help=text).add_argument("name")
    commands.add_parser("list-keys", help="list API keys (names and prefixes, never the keys)")
    args = parser.parse_args(argv)
    try:
        database = open_database(get_settings().database)
        if args.command == "add-user":
            add_user(database, args.name, _password())
            print(f"staff user {args.name!r} saved")
        elif args.command == "create-key":
            print(create_key(database, args.name))
            print("keep this key now: only its hash is stored", file=sys.stderr)
        elif args.command == "revoke-key":
            revoke_key(database, args.name)
            print(f"key {args.name!r} revoked")
        else:
            for key in list_keys(database):
                state = f"revoked {key.revoked_at:%Y-%m-%d}" if key.revoked_at else "active"
                print(f"{key.name}\t{key.prefix}…\tcreated {key.created_at:%Y-%m-%d}\t{state}")
    except SettingsError as error:
        print("\n".join(f"setting refused: {r}" for r in error.reasons), file=sys.stderr)
        return 2
    except AssistantError as error:
        print(f"refused: {error}", file=sys.stderr)
        return 1
    return 0


def _password() -> str:
    # Scripts pass it in the environment (never on the command line, where `ps` shows it).
    if from_env := os.environ.get(PASSWORD_VARIABLE):
        return from_env
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise AssistantError("the passwords differ")
    return first


if __name__ == "__main__":
    sys.exit(main())
