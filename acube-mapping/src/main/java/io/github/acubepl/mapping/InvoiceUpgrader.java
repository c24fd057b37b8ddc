package io.github.acubepl.mapping;

import io.github.acubepl.mapping.internal.upgrade.Upgrades;
import java.util.Objects;

/**
 * Upgrades an invoice to FA(3), the version KSeF production takes: it converts what is certain,
 * fills what FA(3) requires with documented defaults, and asks the caller to decide what the source
 * cannot tell (an FA(2) rate {@code 0} that FA(3) splits into {@code 0 KR}, {@code 0 WDT} and
 * {@code 0 EX}, for example). Every change is an {@link UpgradeEntry}; an open decision leaves the
 * result invalid, never guessed. The result is validated as FA(3) with the engine's
 * {@link InvoiceMapper#context()}, whose clock also dates a defaulted {@code DataWytworzeniaFa}.
 *
 * <pre>{@code
 * InvoiceUpgrader upgrader = InvoiceUpgrader.of(mapper);
 * UpgradeResult result = upgrader.upgrade(fa2Document,
 *         UpgradeAnswers.builder().answer("UPG-2-3-011", "0 WDT").build());
 * if (result.isValid()) {
 *     byte[] fa3 = result.document().toXml();
 * }
 * }</pre>
 *
 * <p>Upgrades FA(2) today; an FA(3) document comes back as it is, validated. The rules are listed
 * in docs/upgrade-rules.md. Immutable and thread-safe.
 */
public final class InvoiceUpgrader {
    private final InvoiceMapper mapper;
    private final InvoiceFormat target;

    private InvoiceUpgrader(InvoiceMapper mapper) {
        this.mapper = mapper;
        this.target = mapper.format("FA(3)").orElseThrow(() -> new AcubeMappingException(
                "the engine has no FA(3) plug-in to upgrade to; it knows " + names(mapper)));
    }

    private static String names(InvoiceMapper mapper) {
        StringBuilder sb = new StringBuilder();
        for (InvoiceFormat f : mapper.formats()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name());
        }
        return sb.toString();
    }

    /**
     * An upgrader with {@link InvoiceMapper#create()}.
     *
     * @return the upgrader
     */
    public static InvoiceUpgrader create() {
        return of(InvoiceMapper.create());
    }

    /**
     * An upgrader reading with {@code mapper} and validating its results with {@code mapper}'s
     * {@link InvoiceMapper#context()}.
     *
     * @param mapper the engine
     * @return the upgrader
     * @throws AcubeMappingException if the engine has no FA(3) plug-in
     */
    public static InvoiceUpgrader of(InvoiceMapper mapper) {
        return new InvoiceUpgrader(Objects.requireNonNull(mapper, "mapper"));
    }

    /**
     * Upgrades with no answers: every decision stays open.
     *
     * @param document the invoice, of any version, read from XML or JSON
     * @return the result
     */
    public UpgradeResult upgrade(InvoiceDocument document) {
        return upgrade(document, UpgradeAnswers.none());
    }

    /**
     * Upgrades an invoice to FA(3).
     *
     * @param document the invoice, of any version, read from XML or JSON
     * @param answers the answers to the decisions it needs
     * @return the result: the FA(3) document, the entries, the errors of the upgrade and the FA(3) validation
     * @throws AcubeMappingException if there is no upgrade from the document's version (FA(1) for now)
     */
    public UpgradeResult upgrade(InvoiceDocument document, UpgradeAnswers answers) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(answers, "answers");
        return Upgrades.upgrade(document, answers, target, mapper.context(), mapper::read);
    }

    /**
     * Reads an invoice (FA XML or A-Cube JSON, as {@link InvoiceMapper#read(byte[])}) and upgrades it.
     *
     * @param input the invoice
     * @param answers the answers to the decisions it needs
     * @return the result
     * @throws InvoiceReadException if the input is not a readable invoice
     */
    public UpgradeResult upgrade(byte[] input, UpgradeAnswers answers) {
        return upgrade(mapper.read(Objects.requireNonNull(input, "input")), answers);
    }

    @Override
    public String toString() {
        return "InvoiceUpgrader[to " + target.name() + "]";
    }
}
