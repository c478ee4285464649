package vn.cadres.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import vn.cadres.platform.domain.InvalidField;

/**
 * Turns the three ways bean validation reports failures into one list of {@link InvalidField}s, so
 * a client reads the same {@code errors} array whichever layer rejected the input.
 */
final class InvalidFields {

    private InvalidFields() {
    }

    /** From {@code @Valid @RequestBody} binding ({@code MethodArgumentNotValidException}). */
    static List<InvalidField> of(Errors errors) {
        List<InvalidField> fields = new ArrayList<>();
        for (FieldError error : errors.getFieldErrors()) {
            fields.add(new InvalidField(error.getField(), error.getDefaultMessage()));
        }
        errors.getGlobalErrors().forEach(error -> fields.add(new InvalidField(null, error.getDefaultMessage())));
        return fields;
    }

    /** From constraints on controller method parameters (Spring's built-in method validation). */
    static List<InvalidField> of(HandlerMethodValidationException exception) {
        List<InvalidField> fields = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bound) {
                fields.addAll(of(bound));
                continue;
            }
            String field = parameterName(result);
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                fields.add(new InvalidField(field, error.getDefaultMessage()));
            }
        }
        return fields;
    }

    /** From {@code @Validated} beans, whose paths start with the method and parameter. */
    static List<InvalidField> of(Iterable<? extends ConstraintViolation<?>> violations) {
        List<InvalidField> fields = new ArrayList<>();
        violations.forEach(violation -> fields.add(new InvalidField(
                propertyPath(violation.getPropertyPath()), violation.getMessage())));
        return fields;
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        Object index = result.getContainerIndex() != null ? result.getContainerIndex() : result.getContainerKey();
        return index == null ? name : name + "[" + index + "]";
    }

    /** {@code register.arg0.posts[1].unit} becomes {@code posts[1].unit}. */
    private static String propertyPath(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        if (!nodes.isEmpty() && isExecutable(nodes.getFirst().getKind())) {
            start++;
        }
        if (nodes.size() > start + 1 && isArgument(nodes.get(start).getKind())) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static boolean isExecutable(ElementKind kind) {
        return kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR;
    }

    private static boolean isArgument(ElementKind kind) {
        return kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE
                || kind == ElementKind.CROSS_PARAMETER;
    }
}
