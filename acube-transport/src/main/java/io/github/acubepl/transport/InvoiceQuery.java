package io.github.acubepl.transport;

import io.github.acubepl.core.InvoiceStatus;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Filters for {@code GET /invoices}: typed ones for what the simulator implements, plus a
 * pass-through map for any other query parameter (A-Cube documents no filters for PL, so the typed
 * ones may be ignored by the real API; docs/api-contract.md names them). Build with
 * {@link #builder()}; {@link #all()} has none.
 *
 * <p>Purchase invoices since a moment, for example:
 * {@code InvoiceQuery.builder().direction(InvoiceDirection.INCOMING).createdAfter(since).build()}.
 */
public final class InvoiceQuery {
    // The wire names of the typed filters (docs/api-contract.md, "Invoices"): one place to rename.
    private static final String DIRECTION = "direction";
    private static final String STATUS = "status";
    private static final String SELLER_NIP = "sellerNip";
    private static final String INVOICE_NUMBER = "invoiceNumber";
    private static final String CREATED_AFTER = "createdAt[after]";
    private static final String CREATED_BEFORE = "createdAt[before]";
    private static final String ITEMS_PER_PAGE = "itemsPerPage";
    private static final String PAGE = "page";

    private static final InvoiceQuery ALL = builder().build();

    private final @Nullable InvoiceDirection direction;
    private final @Nullable InvoiceStatus status;
    private final @Nullable String sellerNip;
    private final @Nullable String invoiceNumber;
    private final @Nullable OffsetDateTime createdAfter;
    private final @Nullable OffsetDateTime createdBefore;
    private final @Nullable Integer itemsPerPage;
    private final Map<String, String> extra;

    private InvoiceQuery(Builder b) {
        this.direction = b.direction;
        this.status = b.status;
        this.sellerNip = b.sellerNip;
        this.invoiceNumber = b.invoiceNumber;
        this.createdAfter = b.createdAfter;
        this.createdBefore = b.createdBefore;
        this.itemsPerPage = b.itemsPerPage;
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(b.extra));
    }

    /** No filters: every invoice, outgoing and incoming. */
    public static InvoiceQuery all() {
        return ALL;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query parameters, in a stable order ({@code page} is added by the client):
     * {@code direction}, {@code status}, {@code sellerNip}, {@code invoiceNumber},
     * {@code createdAt[after]}, {@code createdAt[before]}, {@code itemsPerPage}, then the extra ones.
     */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (direction != null) {
            p.put(DIRECTION, direction.value());
        }
        if (status != null) {
            p.put(STATUS, status.value());
        }
        if (sellerNip != null) {
            p.put(SELLER_NIP, sellerNip);
        }
        if (invoiceNumber != null) {
            p.put(INVOICE_NUMBER, invoiceNumber);
        }
        if (createdAfter != null) {
            p.put(CREATED_AFTER, createdAfter.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (createdBefore != null) {
            p.put(CREATED_BEFORE, createdBefore.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (itemsPerPage != null) {
            p.put(ITEMS_PER_PAGE, itemsPerPage.toString());
        }
        p.putAll(extra);
        return Collections.unmodifiableMap(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceQuery q && parameters().equals(q.parameters());
    }

    @Override
    public int hashCode() {
        return parameters().hashCode();
    }

    /** The query parameters. */
    @Override
    public String toString() {
        return "InvoiceQuery" + parameters();
    }

    /** Builds an {@link InvoiceQuery}. */
    public static final class Builder {
        private @Nullable InvoiceDirection direction;
        private @Nullable InvoiceStatus status;
        private @Nullable String sellerNip;
        private @Nullable String invoiceNumber;
        private @Nullable OffsetDateTime createdAfter;
        private @Nullable OffsetDateTime createdBefore;
        private @Nullable Integer itemsPerPage;
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Only invoices going this way ({@code direction}): {@link InvoiceDirection#INCOMING} for
         * purchase invoices, {@link InvoiceDirection#OUTGOING} for sales invoices; {@code null} (the
         * default) for both.
         *
         * @throws IllegalArgumentException for {@link InvoiceDirection#UNKNOWN}, which is no filter
         */
        public Builder direction(@Nullable InvoiceDirection direction) {
            if (direction == InvoiceDirection.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN is not a direction to filter by; use INCOMING, OUTGOING, "
                        + "or null for both");
            }
            this.direction = direction;
            return this;
        }

        /** Only invoices with this status ({@code status}). */
        public Builder status(@Nullable InvoiceStatus status) {
            this.status = status;
            return this;
        }

        /** Only invoices of this seller ({@code sellerNip}). */
        public Builder sellerNip(@Nullable String sellerNip) {
            this.sellerNip = sellerNip;
            return this;
        }

        /** Only invoices with this number, {@code P_2} ({@code invoiceNumber}, exact). */
        public Builder invoiceNumber(@Nullable String invoiceNumber) {
            this.invoiceNumber = invoiceNumber;
            return this;
        }

        /**
         * Only invoices registered at or after this time ({@code createdAt[after]}); for purchase
         * invoices, when A-Cube received them from KSeF. The list is in registration order, so a
         * catch-up poll pages forward from its checkpoint.
         */
        public Builder createdAfter(@Nullable OffsetDateTime createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        /** Only invoices registered at or before this time ({@code createdAt[before]}). */
        public Builder createdBefore(@Nullable OffsetDateTime createdBefore) {
            this.createdBefore = createdBefore;
            return this;
        }

        /** The page size to ask for ({@code itemsPerPage}; the API caps it, at 30 on the simulator). */
        public Builder itemsPerPage(@Nullable Integer itemsPerPage) {
            this.itemsPerPage = itemsPerPage;
            return this;
        }

        /** Any other query parameter, sent as given (encoded). */
        public Builder parameter(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            extra.put(name, value);
            return this;
        }

        /** Several other query parameters. */
        public Builder parameters(Map<String, String> parameters) {
            Objects.requireNonNull(parameters, "parameters").forEach(this::parameter);
            return this;
        }

        /**
         * The query.
         *
         * @throws IllegalStateException if an extra parameter is {@code page} (the client pages) or
         *     repeats a typed filter, if {@code itemsPerPage} is not positive, or if
         *     {@code createdAfter} is after {@code createdBefore}
         */
        public InvoiceQuery build() {
            for (String name : extra.keySet()) {
                if (name.isBlank()) {
                    throw new IllegalStateException("a query parameter has a blank name");
                }
                if (name.equals(PAGE)) {
                    throw new IllegalStateException("'page' is set by the client while paging; use Invoices.page(query, n)");
                }
                if (name.equals(DIRECTION) && direction != null || name.equals(STATUS) && status != null
                        || name.equals(SELLER_NIP) && sellerNip != null
                        || name.equals(INVOICE_NUMBER) && invoiceNumber != null
                        || name.equals(CREATED_AFTER) && createdAfter != null
                        || name.equals(CREATED_BEFORE) && createdBefore != null
                        || name.equals(ITEMS_PER_PAGE) && itemsPerPage != null) {
                    throw new IllegalStateException("the parameter '" + name + "' is set twice: as a typed filter and as an extra parameter");
                }
            }
            if (itemsPerPage != null && itemsPerPage < 1) {
                throw new IllegalStateException("itemsPerPage must be positive: " + itemsPerPage);
            }
            if (createdAfter != null && createdBefore != null && createdAfter.isAfter(createdBefore)) {
                throw new IllegalStateException("createdAfter " + createdAfter + " is after createdBefore " + createdBefore);
            }
            return new InvoiceQuery(this);
        }
    }
}
