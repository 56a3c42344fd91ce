/**
 * Validation of the spec records of {@link org.portcullis.core.model}: every problem of a spec at once, one
 * {@link org.portcullis.core.validation.FieldError} per problem.
 *
 * <p>Rules
 * <ul>
 *   <li>Entry point: {@link org.portcullis.core.validation.Validation#of}, one overload per spec; specs with an
 *   expiry take the current instant ({@code of(spec, now)}), the core never reads a clock.</li>
 *   <li>A field error's {@code field} is the record component name ({@code "serviceAccount"}, {@code "paths"}), so
 *   a form places it next to its field. Errors of list items and selector labels carry the list's name.</li>
 *   <li>A message names the field, quotes the bad value (escaped, cut after 80 characters) and says what is allowed:
 *   {@code Namespace "Llm_Service" is not a valid Kubernetes name: use lower-case letters, ...}.</li>
 *   <li>Syntax lives in small named predicates ({@link org.portcullis.core.validation.KubernetesNames},
 *   {@link org.portcullis.core.validation.HttpMethods}, {@link org.portcullis.core.validation.PathPatterns},
 *   {@link org.portcullis.core.validation.Ports}, {@link org.portcullis.core.validation.RbacRules},
 *   {@link org.portcullis.core.validation.Emails}), usable on their own.</li>
 *   <li>List tokens (methods, paths, verbs, API groups, resources, resource names) never contain a comma: the
 *   inventory stores these lists comma-joined.</li>
 *   <li>Only syntax and rules inside one spec are checked here; whether a named zone, owner or workload exists is
 *   the facade's business.</li>
 * </ul>
 */
package org.portcullis.core.validation;
