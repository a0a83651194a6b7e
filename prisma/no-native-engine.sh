#!/bin/sh
echo "The native Prisma schema engine is not available here; use 'npm run migrate'." >&2
exit 1
