package cn.congress.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * The JPA converter of an encrypted personal identifier: {@code @Convert(converter = EncryptedString.class)} on the
 * field. Hibernate obtains it from Spring, so the key comes from configuration. Such a field is also
 * {@code @AuditMasked}: the audit log records that it changed, never its value.
 */
@Converter
@Component
public class EncryptedString implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedString(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null || attribute.isEmpty() ? attribute : cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher.decrypt(dbData);
    }
}
