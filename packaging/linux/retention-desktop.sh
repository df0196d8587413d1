#!/bin/sh
# /usr/bin/retention-desktop: start the bundled app installed in /opt/retention-desktop.
exec /opt/retention-desktop/retention-desktop "$@"
