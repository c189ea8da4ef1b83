/**
 * Test-only classes that break (or, at the HTTP edge, keep) the architecture rules on purpose, in packages named
 * like the system's so that {@code dk.rodtraad.systemtests.architecture.ArchitectureTest} can show each rule fails.
 * Never part of a service: the rules read the modules' main classes, not system-tests' test classes.
 */
package dk.rodtraad.concern.archfixture;
