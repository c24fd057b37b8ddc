package io.github.acubepl.sandbox;

import io.github.acubepl.sandbox.SandboxInvoice.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything the sandbox holds, per user. One lock guards all of it: handlers and lifecycle steps
 * read and change it inside {@link #locked(Supplier)}; the mutable records below must not be
 * touched outside it, and never leave the package (tests see immutable snapshots).
 */
final class State {
    private final Object lock = new Object();
    private final Map<String, Account> accounts;
    private final Set<String> attachmentIssuers = new HashSet<>();
    private long invoiceSequence;

    State(List<SandboxUser> users, Collection<String> attachmentIssuers) {
        this.attachmentIssuers.addAll(attachmentIssuers);
        Map<String, Account> map = new LinkedHashMap<>();
        int uid = 1;
        for (SandboxUser u : users) {
            map.put(u.email(), new Account(u, uid++));
        }
        this.accounts = Collections.unmodifiableMap(map);
    }

    <T> T locked(Supplier<T> action) {
        synchronized (lock) {
            return action.get();
        }
    }

    void locked(Runnable action) {
        synchronized (lock) {
            action.run();
        }
    }

    /** The account of {@code email} (the set of accounts never changes, so no lock is needed). */
    @Nullable Account account(String email) {
        return accounts.get(email);
    }

    Collection<Account> accounts() {
        return accounts.values();
    }

    /**
     * Whether KSeF takes invoices with attachments ({@code Zalacznik}) from the seller {@code nip}; call
     * inside the lock. A simulator extension: the platform has no such field ({@code docs/api-contract.md}, "Invoices").
     */
    boolean attachmentsAllowed(String nip) {
        return attachmentIssuers.contains(nip);
    }

    /** Sets whether KSeF takes invoices with attachments from {@code nip}; call inside the lock. */
    void allowAttachments(String nip, boolean allowed) {
        if (allowed) {
            attachmentIssuers.add(nip);
        } else {
            attachmentIssuers.remove(nip);
        }
    }

    /** The next invoice's place in the queue; call inside the lock. */
    long nextInvoiceSequence() {
        return ++invoiceSequence;
    }

    /** A user's data. */
    static final class Account {
        final SandboxUser user;
        final int uid;
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final Map<String, Webhook> webhooks = new LinkedHashMap<>();
        final Map<String, InvoiceRecord> invoices = new LinkedHashMap<>();

        Account(SandboxUser user, int uid) {
            this.user = user;
            this.uid = uid;
        }

        String email() {
            return user.email();
        }

        @Nullable Entity entityByNip(String nip) {
            for (Entity e : entities.values()) {
                if (e.nip.equals(nip)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** A legal entity. */
    static final class Entity {
        final String uuid;
        final String nip;
        final String name;
        final String email;
        final @Nullable String url;
        final String addressLine1;
        final String addressLine2;
        final String postcode;
        final @Nullable String province;
        final String city;
        final String countryIso2;
        final Instant createdAt;
        Instant updatedAt;
        final Map<String, Token> tokens = new LinkedHashMap<>();

        Entity(String uuid, String nip, String name, String email, @Nullable String url, String addressLine1,
                String addressLine2, String postcode, @Nullable String province, String city, String countryIso2,
                Instant createdAt) {
            this.uuid = uuid;
            this.nip = nip;
            this.name = name;
            this.email = email;
            this.url = url;
            this.addressLine1 = addressLine1;
            this.addressLine2 = addressLine2;
            this.postcode = postcode;
            this.province = province;
            this.city = city;
            this.countryIso2 = countryIso2;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        /** Active (status 1) once a KSeF token is selected. */
        boolean active() {
            for (Token t : tokens.values()) {
                if (t.selected) {
                    return true;
                }
            }
            return false;
        }

        SandboxLegalEntity snapshot(String ownerEmail) {
            return new SandboxLegalEntity(uuid, ownerEmail, nip, name, active(), tokens.size(), createdAt);
        }
    }

    /** A KSeF authorization token registered for a legal entity. The secret is never logged. */
    static final class Token {
        final String uuid;
        final String secret;
        boolean active = true;
        boolean selected;

        Token(String uuid, String secret) {
            this.uuid = uuid;
            this.secret = secret;
        }

        @Override
        public String toString() {
            return "Token[" + uuid + ", ***]";
        }
    }

    /** A webhook subscription. */
    static final class Webhook {
        final String uuid;
        String legalEntityUuid;
        String type;
        String url;

        Webhook(String uuid, String legalEntityUuid, String type, String url) {
            this.uuid = uuid;
            this.legalEntityUuid = legalEntityUuid;
            this.type = type;
            this.url = url;
        }
    }

    /** A file attached to an invoice (FA(1) has none; the endpoints serve whatever is here). */
    record Attachment(String uuid, String fileName, String contentType, byte[] content) {
    }

    /** An invoice and where it is in the simulated KSeF. */
    static final class InvoiceRecord {
        final String uuid;
        final Account owner;
        final String legalEntityUuid;
        final long sequence;
        final String format;
        final String sentAs;
        final String number;
        final String kind;
        final String sellerNip;
        final SandboxInvoice.Direction direction;
        /** The NIP an incoming invoice was addressed to; {@code null} for an outgoing one. */
        final @Nullable String buyerNip;
        /** Whether the invoice carries FA(3)'s {@code Zalacznik}, which KSeF takes only from issuers set up for it. */
        final boolean withAttachment;
        final byte[] xml;
        final String hash;
        final Instant createdAt;
        final List<Attachment> attachments = new ArrayList<>();
        Status status = Status.IN_QUEUE;
        @Nullable Integer processingCode;
        @Nullable String ksefNumber;
        @Nullable Instant acquisition;
        Instant updatedAt;
        byte @Nullable [] upo;

        InvoiceRecord(String uuid, Account owner, String legalEntityUuid, long sequence, String format, String sentAs,
                String number, String kind, String sellerNip, boolean withAttachment, byte[] xml, Instant createdAt) {
            this.uuid = uuid;
            this.owner = owner;
            this.legalEntityUuid = legalEntityUuid;
            this.sequence = sequence;
            this.format = format;
            this.sentAs = sentAs;
            this.number = number;
            this.kind = kind;
            this.sellerNip = sellerNip;
            this.direction = SandboxInvoice.Direction.OUTGOING;
            this.buyerNip = null;
            this.withAttachment = withAttachment;
            this.xml = xml;
            this.hash = Hashes.sha256Base64(xml);
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        /**
         * An incoming invoice: a supplier's invoice that KSeF holds ({@code valid}, 200, with its KSeF
         * number and acquisition time) and the platform registered for the legal entity {@code legalEntityUuid}.
         */
        InvoiceRecord(String uuid, Account owner, String legalEntityUuid, long sequence, String format, String number,
                String kind, String sellerNip, String buyerNip, byte[] xml, String ksefNumber, Instant acquired) {
            this.uuid = uuid;
            this.owner = owner;
            this.legalEntityUuid = legalEntityUuid;
            this.sequence = sequence;
            this.format = format;
            this.sentAs = "xml";
            this.number = number;
            this.kind = kind;
            this.sellerNip = sellerNip;
            this.direction = SandboxInvoice.Direction.INCOMING;
            this.buyerNip = buyerNip;
            this.withAttachment = false;
            this.xml = xml;
            this.hash = Hashes.sha256Base64(xml);
            this.createdAt = acquired;
            this.updatedAt = acquired;
            this.status = Status.VALID;
            this.processingCode = KsefSimulator.SUCCESS;
            this.ksefNumber = ksefNumber;
            this.acquisition = acquired;
        }

        /** Whether KSeF would see {@code other} as the same invoice (seller NIP, kind, number). */
        boolean sameKey(InvoiceRecord other) {
            return sellerNip.equals(other.sellerNip) && kind.equals(other.kind) && number.equals(other.number);
        }

        SandboxInvoice snapshot() {
            return new SandboxInvoice(uuid, owner.email(), legalEntityUuid, direction, format, sentAs, number, kind,
                    sellerNip, buyerNip, status, processingCode, status == Status.VALID ? ksefNumber : null,
                    status == Status.VALID ? acquisition : null, hash, upo != null, createdAt, updatedAt);
        }
    }
}
