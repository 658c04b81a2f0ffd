/**
 * Domain failures without HTTP: a domain class throws a {@link dev.csp.kit.failure.Failure} named for what it means,
 * and only the API (service-kit's {@code ProblemMappers}) knows which status and problem+json answer it becomes.
 */
package dev.csp.kit.failure;
