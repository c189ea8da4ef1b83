/**
 * What a service's OpenAPI documents say, declared once for every service (docs/api.md, ADR 0020): {@code /q/openapi}
 * describes the API and only the API, with the shared parts (the login, roles, the problem responses, names) filled
 * in by {@link dk.rodtraad.chassis.api.ApiDocument}; the pages are listed apart at {@code /q/openapi-pages}
 * ({@link dk.rodtraad.chassis.api.PageDocument}), for the system tests that send every request a service takes.
 */
package dk.rodtraad.chassis.api;
