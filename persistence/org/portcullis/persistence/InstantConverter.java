package org.portcullis.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants live in {@code TIMESTAMP WITH TIME ZONE} columns, always in UTC. EclipseLink 5 writes {@code Instant}
 * fine but fails to read it back from H2 (it tries to convert the driver's OffsetDateTime into a LocalDate), so every
 * Instant goes through OffsetDateTime, which both H2 and PostgreSQL drivers hand out natively.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
