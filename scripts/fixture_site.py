"""Serve the test fixture copy of the China Justice Observer site on 127.0.0.1, to try
sync by hand without a network: `PYTHONPATH=. .venv/bin/python scripts/fixture_site.py`."""

from __future__ import annotations

import threading

from tests.fixtures.cjo_site import CjoFixtureServer, site_from_sample


def main() -> None:
    server = CjoFixtureServer(site_from_sample())
    server.start()
    print(f"Fixture site at {server.base_url} (Ctrl+C to stop). Add it as a source with:\n")
    print(
        f"  .venv/bin/reader source add cjo --name fixture --base-url {server.base_url} "
        f"--language-url '{server.language_url}' --languages zh-cn,ar,ja --delay 0\n"
    )
    print("then press Sync now (F5) in the window, or run: .venv/bin/reader sync fixture")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
