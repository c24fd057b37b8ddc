package io.github.acubepl.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /legal-entities}. Build it with {@link #builder()}; {@code province} and
 * {@code url} are optional, everything else is required (the API also checks the NIP's check digit
 * and a Polish postcode {@code NN-NNN}).
 *
 * @param nip the NIP (ten digits)
 * @param name the company name
 * @param addressLine1 the first address line (required by the API)
 * @param addressLine2 the second address line (required by the API)
 * @param postcode the postcode
 * @param city the city
 * @param countryIso2 the ISO 3166 alpha-2 country code
 * @param email the contact email
 * @param province the province, optional
 * @param url the company URL, optional
 */
public record NewLegalEntity(
        String nip,
        String name,
        String addressLine1,
        String addressLine2,
        String postcode,
        String city,
        String countryIso2,
        String email,
        @Nullable String province,
        @Nullable String url) {

    /** Checks that the required fields are present. */
    public NewLegalEntity {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addressLine1, "addressLine1");
        Objects.requireNonNull(addressLine2, "addressLine2");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryIso2, "countryIso2");
        Objects.requireNonNull(email, "email");
    }

    /** A builder; {@link Builder#build()} names every missing required field. */
    public static Builder builder() {
        return new Builder();
    }

    Map<String, Object> toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("name", name);
        body.put("addressLine1", addressLine1);
        body.put("addressLine2", addressLine2);
        body.put("postcode", postcode);
        body.put("city", city);
        body.put("countryIso2", countryIso2);
        body.put("email", email);
        if (province != null) {
            body.put("province", province);
        }
        if (url != null) {
            body.put("url", url);
        }
        return body;
    }

    /** Builds a {@link NewLegalEntity}. */
    public static final class Builder {
        private @Nullable String nip;
        private @Nullable String name;
        private @Nullable String addressLine1;
        private @Nullable String addressLine2;
        private @Nullable String postcode;
        private @Nullable String city;
        private String countryIso2 = "PL";
        private @Nullable String email;
        private @Nullable String province;
        private @Nullable String url;

        private Builder() {
        }

        /** The NIP (ten digits). */
        public Builder nip(String nip) {
            this.nip = Objects.requireNonNull(nip, "nip");
            return this;
        }

        /** The company name. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The first address line. */
        public Builder addressLine1(String addressLine1) {
            this.addressLine1 = Objects.requireNonNull(addressLine1, "addressLine1");
            return this;
        }

        /** The second address line (required by the API, e.g. the flat number). */
        public Builder addressLine2(String addressLine2) {
            this.addressLine2 = Objects.requireNonNull(addressLine2, "addressLine2");
            return this;
        }

        /** The postcode ({@code NN-NNN} in Poland). */
        public Builder postcode(String postcode) {
            this.postcode = Objects.requireNonNull(postcode, "postcode");
            return this;
        }

        /** The city. */
        public Builder city(String city) {
            this.city = Objects.requireNonNull(city, "city");
            return this;
        }

        /** The ISO 3166 alpha-2 country code (default {@code PL}). */
        public Builder countryIso2(String countryIso2) {
            this.countryIso2 = Objects.requireNonNull(countryIso2, "countryIso2");
            return this;
        }

        /** The contact email. */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /** The province (optional). */
        public Builder province(@Nullable String province) {
            this.province = province;
            return this;
        }

        /** The company URL (optional). */
        public Builder url(@Nullable String url) {
            this.url = url;
            return this;
        }

        /**
         * The body.
         *
         * @throws IllegalStateException naming every required field that is missing or blank
         */
        public NewLegalEntity build() {
            List<String> missing = new ArrayList<>();
            check(missing, "nip", nip);
            check(missing, "name", name);
            check(missing, "addressLine1", addressLine1);
            check(missing, "addressLine2", addressLine2);
            check(missing, "postcode", postcode);
            check(missing, "city", city);
            check(missing, "countryIso2", countryIso2);
            check(missing, "email", email);
            if (!missing.isEmpty() || nip == null || name == null || addressLine1 == null || addressLine2 == null
                    || postcode == null || city == null || email == null) {
                throw new IllegalStateException("a new legal entity needs " + String.join(", ", missing));
            }
            return new NewLegalEntity(nip, name, addressLine1, addressLine2, postcode, city, countryIso2, email,
                    province, url);
        }

        private static void check(List<String> missing, String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                missing.add(field);
            }
        }
    }
}
