package nl.onderwijsregio.workspace.register;

import static nl.onderwijsregio.db.Tables.REGISTER_ENTRY;
import static nl.onderwijsregio.db.Tables.REGISTER_EVENT;

import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The register columns that hold a code, typed: the generated classes only know text. Statements take these fields as
 * they are; fetched records are read with {@link nl.onderwijsregio.workspace.database.TypedColumns}.
 */
final class RegisterColumns {

    private static final Converter<String, RegisterStatus> STATUS_NAME =
            new EnumConverter<>(String.class, RegisterStatus.class);

    static final Field<RegisterStatus> STATUS = REGISTER_ENTRY.STATUS.convert(STATUS_NAME);
    static final Field<HolderKind> HOLDER_KIND =
            REGISTER_ENTRY.HOLDER_KIND.convert(new EnumConverter<>(String.class, HolderKind.class));
    static final Field<AgreementType> AGREEMENT_TYPE =
            REGISTER_ENTRY.AGREEMENT_TYPE.convert(new EnumConverter<>(String.class, AgreementType.class));
    static final Field<RegisterStatus> EVENT_FROM_STATUS = REGISTER_EVENT.FROM_STATUS.convert(STATUS_NAME);
    static final Field<RegisterStatus> EVENT_TO_STATUS = REGISTER_EVENT.TO_STATUS.convert(STATUS_NAME);

    private RegisterColumns() {}
}
