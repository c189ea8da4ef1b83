#!/bin/sh
# Runs once, when the postgres container initialises an empty data directory (docker-entrypoint-initdb.d).
# One database per service, as testkit's PostgresServer makes them and docs/operations.md asks: the tables' owner
# <db>_owner, which Flyway migrates as, owns the database; <db> is the service's runtime login, which gets only the
# rights the chassis's migrations grant it. Passwords are the logins' names: demo values, like the local stack's.
set -eu

DATABASES="concern network_meeting catalogue followup"

for database in $DATABASES; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role ${database}_owner login password '${database}_owner';
create role ${database} login password '${database}';
create database ${database} owner ${database}_owner;
SQL
done
