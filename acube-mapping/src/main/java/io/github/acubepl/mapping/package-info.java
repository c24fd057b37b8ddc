/**
 * Reads, validates and converts Polish structured invoices (FA(1), FA(2), FA(3)), as FA XML or
 * A-Cube JSON. Start with these types:
 * <ul>
 *   <li>{@link io.github.acubepl.mapping.InvoiceMapper}: the engine; create one and share it.
 *       It reads bytes, streams or files ({@code read}), converts ({@code toXml}, {@code toJson})
 *       and binds to the Java model ({@code readModel}, {@code fromModel}).</li>
 *   <li>{@link io.github.acubepl.mapping.InvoiceDocument}: an invoice as read, valid or not, with
 *       its schema version and the syntax it was read from.</li>
 *   <li>{@link io.github.acubepl.mapping.ValidationReport}: the issues found and the
 *       {@linkplain io.github.acubepl.mapping.ValidationLayer layers} that ran (structure, business
 *       rules and, when a schema folder is configured, the official XSD).</li>
 *   <li>{@link io.github.acubepl.mapping.ValidationIssue}: one finding: rule id, severity, where (as
 *       a JSON Pointer and an XPath) and what, in English and Polish.</li>
 *   <li>{@link io.github.acubepl.mapping.ValidationContext}: what validation needs besides the
 *       invoice: the clock, the official schema folder, a duplicate registry, the target
 *       environment.</li>
 * </ul>
 * Unreadable input throws {@link io.github.acubepl.mapping.InvoiceReadException}; an invoice that
 * breaks rules gives a report instead. The rules are listed in docs/validation-rules.md.
 *
 * <pre>{@code
 * InvoiceMapper mapper = InvoiceMapper.create();
 * InvoiceDocument invoice = mapper.read(file); // a Path; bytes and streams work too
 * ValidationReport report = mapper.validate(invoice);
 * for (ValidationIssue issue : report.errors()) {
 *     System.out.println(issue.ruleId() + " at " + issue.jsonPointer() + ": " + issue.message());
 * }
 * byte[] xml = invoice.toXml(); // FA(3) XML, whatever it was read from
 * }</pre>
 *
 * <p>{@link io.github.acubepl.mapping.InvoiceFormat} is the plug-in interface, one implementation
 * per schema version; users meet it as {@code invoice.format()}.
 */
@NullMarked
package io.github.acubepl.mapping;

import org.jspecify.annotations.NullMarked;
