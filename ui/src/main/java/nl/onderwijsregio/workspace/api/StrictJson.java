package nl.onderwijsregio.workspace.api;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict reading of API request bodies (the Boot-managed {@code JsonMapper}): unknown fields, enum ordinals,
 * fractions for whole numbers, text for a yes/no and {@code null} inside a list are refused; strings may not hold control characters (only line breaks and tabs); dates
 * are ISO strings ({@code "2026-11-01"}) between {@link #FIRST_DATE} and {@link #LAST_DATE}. A refusal becomes a 400
 * problem detail naming the field ({@link InputErrors}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        SimpleModule module = new SimpleModule("workspace-strict-input");
        module.addDeserializer(String.class, new CleanStrings());
        module.addDeserializer(LocalDate.class, new IsoDates());
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                // a yes/no only as true or false: no "true", and no "" or blank (Jackson trims a NUL to "") as false
                .withCoercionConfig(
                        LogicalType.Boolean,
                        coercion -> coercion.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setAcceptBlankAsEmpty(false))
                .addModule(module);
    }

    /** Whether {@code text} holds a control character other than a line break or tab, or a lone surrogate. */
    static boolean hasForbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (Character.isISOControl(c)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A refused value; its message is the key of the explanation ({@code problem.refused.*}), its path the field. */
    static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser p, String key, Class<?> type) {
            super(p, key, type);
        }
    }

    /** Strings as usual, but without control characters. */
    static final class CleanStrings extends StdScalarDeserializer<String> {

        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && hasForbiddenCharacter(value)) {
                throw new RefusedValue(p, "problem.refused.control-character", String.class);
            }
            return value;
        }
    }

    /** Dates only as ISO strings within the sane range; an empty string is no date. */
    static final class IsoDates extends StdScalarDeserializer<LocalDate> {

        IsoDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(p, "problem.refused.date-as-text", LocalDate.class);
            }
            String text = p.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, "problem.refused.invalid-date", LocalDate.class);
            }
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                throw new RefusedValue(p, "problem.refused.date-range", LocalDate.class);
            }
            return date;
        }
    }
}
