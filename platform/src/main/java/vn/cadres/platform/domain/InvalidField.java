package vn.cadres.platform.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rejected input value, as listed in the {@code errors} extension of a 400 problem.
 *
 * @param field the JSON property path ({@code birthDate}, {@code posts[2].unit}), or null when the
 *              rule concerns the request as a whole
 * @param message what is wrong, in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvalidField(String field, String message) {
}
