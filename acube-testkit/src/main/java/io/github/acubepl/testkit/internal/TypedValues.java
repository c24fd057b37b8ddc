package io.github.acubepl.testkit.internal;

import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Node;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DifferenceEvaluator;

/**
 * An xmlunit {@link DifferenceEvaluator} that compares the text of elements typed as numbers, dates
 * and date-times by value: {@code 100}, {@code 100.00} and {@code +100.0} are similar, and so are
 * {@code 10:00:00Z} and {@code 11:00:00+01:00}. Which element names are typed how is read from the
 * JAXB model (a field of type {@link BigDecimal}, an integer type, {@link LocalDate} or
 * {@link OffsetDateTime}); a name used with two different types is compared as text. Not part of
 * the API.
 */
public final class TypedValues implements DifferenceEvaluator {
    enum Kind {
        NUMBER, DATE, DATE_TIME
    }

    private final Map<String, Kind> kinds;

    private TypedValues(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** The evaluator for the element names of the model rooted at {@code rootType}. */
    public static TypedValues forModel(Class<?> rootType) {
        Map<String, Kind> kinds = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(rootType);
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Field f : type.getDeclaredFields()) {
                XmlElement e = f.getAnnotation(XmlElement.class);
                if (e == null) {
                    continue;
                }
                Class<?> valueType = valueType(f.getGenericType());
                Kind kind = kindOf(valueType);
                if (kind != null) {
                    Kind before = kinds.putIfAbsent(e.name(), kind);
                    if (before != null && before != kind) {
                        conflicting.add(e.name());
                    }
                } else if (valueType != null && valueType.getPackage() == rootType.getPackage()
                        && !valueType.isEnum()) {
                    todo.add(valueType);
                }
            }
        }
        kinds.keySet().removeAll(conflicting);
        return new TypedValues(Map.copyOf(kinds));
    }

    private static @Nullable Class<?> valueType(Type t) {
        if (t instanceof Class) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) t).getActualTypeArguments();
            return args.length == 1 ? valueType(args[0]) : null;
        }
        return null;
    }

    private static @Nullable Kind kindOf(@Nullable Class<?> t) {
        if (t == BigDecimal.class || t == BigInteger.class || t == Long.class || t == Integer.class
                || t == Short.class || t == Byte.class) {
            return Kind.NUMBER;
        }
        if (t == LocalDate.class) {
            return Kind.DATE;
        }
        if (t == OffsetDateTime.class) {
            return Kind.DATE_TIME;
        }
        return null;
    }

    @Override
    public ComparisonResult evaluate(Comparison comparison, ComparisonResult outcome) {
        if (outcome == ComparisonResult.EQUAL || comparison.getType() != ComparisonType.TEXT_VALUE) {
            return outcome;
        }
        Node control = comparison.getControlDetails().getTarget();
        Node test = comparison.getTestDetails().getTarget();
        if (control == null || test == null || control.getParentNode() == null) {
            return outcome;
        }
        Kind kind = kinds.get(control.getParentNode().getLocalName());
        if (kind == null) {
            return outcome;
        }
        String a = control.getNodeValue().strip();
        String b = test.getNodeValue().strip();
        try {
            switch (kind) {
                case NUMBER:
                    return number(a).compareTo(number(b)) == 0 ? ComparisonResult.SIMILAR : outcome;
                case DATE:
                    return LocalDate.parse(a).equals(LocalDate.parse(b)) ? ComparisonResult.SIMILAR : outcome;
                default:
                    return OffsetDateTime.parse(a).isEqual(OffsetDateTime.parse(b)) ? ComparisonResult.SIMILAR
                            : outcome;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return outcome;
        }
    }

    private static BigDecimal number(String s) {
        if (s.isEmpty() || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            throw new NumberFormatException(s);
        }
        return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }
}
