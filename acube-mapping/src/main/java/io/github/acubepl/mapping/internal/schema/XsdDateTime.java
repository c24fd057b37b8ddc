package io.github.acubepl.mapping.internal.schema;

/**
 * A parsed {@code xsd:dateTime} or {@code xsd:date} value, compared with the XSD 1.0 partial
 * order (a value without a time zone is compared with one that has a zone through the
 * +14:00 / -14:00 bounds, and may be indeterminate), as the JDK's Xerces does.
 */
public final class XsdDateTime {
    /** Result of {@link #compare}: the values cannot be ordered. */
    public static final int INDETERMINATE = 2;

    private final long year;
    private final int month;
    private final int day;
    private final int hour;
    private final int minute;
    private final int second;
    /** Fractional seconds as a string of digits without trailing zeros ("" if none). */
    private final String fraction;
    private final boolean zoned;

    private XsdDateTime(long year, int month, int day, int hour, int minute, int second, String fraction,
            boolean zoned) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.fraction = fraction;
        this.zoned = zoned;
    }

    /** Parses a collapsed {@code xsd:date}; returns {@code null} when it is not lexically valid. */
    public static XsdDateTime parseDate(String s) {
        return parse(s, false);
    }

    /** Parses a collapsed {@code xsd:dateTime}; returns {@code null} when it is not lexically valid. */
    public static XsdDateTime parseDateTime(String s) {
        return parse(s, true);
    }

    private static XsdDateTime parse(String s, boolean withTime) {
        Cursor c = new Cursor(s);
        boolean negative = c.peek() == '-';
        if (negative) {
            c.pos++;
        }
        int yearStart = c.pos;
        while (c.pos < s.length() && XsdDecimal.isDigit(s.charAt(c.pos))) {
            c.pos++;
        }
        int yearDigits = c.pos - yearStart;
        if (yearDigits < 4 || (yearDigits > 4 && s.charAt(yearStart) == '0') || yearDigits > 18) {
            return null;
        }
        long year = Long.parseLong(s.substring(yearStart, c.pos));
        if (year == 0) {
            return null;
        }
        if (negative) {
            year = -year;
        }
        if (!c.expect('-')) {
            return null;
        }
        int month = c.digits(2);
        if (month < 1 || month > 12 || !c.expect('-')) {
            return null;
        }
        int day = c.digits(2);
        if (day < 1 || day > maxDay(year, month)) {
            return null;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        String fraction = "";
        if (withTime) {
            if (!c.expect('T')) {
                return null;
            }
            hour = c.digits(2);
            if (hour < 0 || !c.expect(':')) {
                return null;
            }
            minute = c.digits(2);
            if (minute < 0 || minute > 59 || !c.expect(':')) {
                return null;
            }
            second = c.digits(2);
            if (second < 0 || second > 59) {
                return null;
            }
            if (c.peek() == '.') {
                c.pos++;
                int fracStart = c.pos;
                while (c.pos < s.length() && XsdDecimal.isDigit(s.charAt(c.pos))) {
                    c.pos++;
                }
                if (c.pos == fracStart) {
                    return null;
                }
                int end = c.pos;
                while (end > fracStart && s.charAt(end - 1) == '0') {
                    end--;
                }
                fraction = s.substring(fracStart, end);
            }
            if (hour > 24 || (hour == 24 && (minute != 0 || second != 0 || !fraction.isEmpty()))) {
                return null;
            }
        }
        boolean zoned = false;
        int offsetMinutes = 0;
        if (c.pos < s.length()) {
            char z = s.charAt(c.pos);
            if (z == 'Z') {
                c.pos++;
                zoned = true;
            } else if (z == '+' || z == '-') {
                c.pos++;
                int zh = c.digits(2);
                if (zh < 0 || !c.expect(':')) {
                    return null;
                }
                int zm = c.digits(2);
                if (zm < 0 || zm > 59 || zh > 14 || (zh == 14 && zm != 0)) {
                    return null;
                }
                zoned = true;
                offsetMinutes = (z == '+' ? 1 : -1) * (zh * 60 + zm);
            } else {
                return null;
            }
        }
        if (c.pos != s.length()) {
            return null;
        }
        XsdDateTime raw = new XsdDateTime(year, month, day, hour, minute, second, fraction, zoned);
        return raw.plusMinutes(-offsetMinutes);
    }

    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }

        char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        boolean expect(char ch) {
            if (peek() != ch) {
                return false;
            }
            pos++;
            return true;
        }

        /** Reads exactly {@code n} ASCII digits; returns -1 when they are not there. */
        int digits(int n) {
            if (pos + n > s.length()) {
                return -1;
            }
            int v = 0;
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(pos + i);
                if (!XsdDecimal.isDigit(ch)) {
                    return -1;
                }
                v = v * 10 + (ch - '0');
            }
            pos += n;
            return v;
        }
    }

    static int maxDay(long year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean isLeap(long year) {
        // XSD 1.0 has no year zero: -0001 is a leap year like 0000 would be (year + 1).
        long y = year < 0 ? year + 1 : year;
        return Math.floorMod(y, 4) == 0 && (Math.floorMod(y, 100) != 0 || Math.floorMod(y, 400) == 0);
    }

    /** Returns this instant shifted by {@code minutes} (normalising hour 24 and day overflow). */
    private XsdDateTime plusMinutes(int minutes) {
        long y = year;
        int mo = month;
        long total = (long) hour * 60 + minute + minutes;
        long dayShift = Math.floorDiv(total, 1440);
        int minuteOfDay = Math.floorMod(total, 1440);
        long d = day + dayShift;
        while (d > maxDay(y, mo)) {
            d -= maxDay(y, mo);
            mo++;
            if (mo > 12) {
                mo = 1;
                y = y == -1 ? 1 : y + 1;
            }
        }
        while (d < 1) {
            mo--;
            if (mo < 1) {
                mo = 12;
                y = y == 1 ? -1 : y - 1;
            }
            d += maxDay(y, mo);
        }
        return new XsdDateTime(y, mo, (int) d, minuteOfDay / 60, minuteOfDay % 60, second, fraction, zoned);
    }

    /** Compares two values: -1, 0, 1, or {@link #INDETERMINATE}. */
    public static int compare(XsdDateTime a, XsdDateTime b) {
        if (a.zoned == b.zoned) {
            return compareFields(a, b);
        }
        if (a.zoned) {
            // b has no zone: compare a with b read at +14:00, then at -14:00.
            if (compareFields(a, b.plusMinutes(-14 * 60)) < 0) {
                return -1;
            }
            if (compareFields(a, b.plusMinutes(14 * 60)) > 0) {
                return 1;
            }
            return INDETERMINATE;
        }
        int reverse = compare(b, a);
        return reverse == INDETERMINATE ? INDETERMINATE : -reverse;
    }

    private static int compareFields(XsdDateTime a, XsdDateTime b) {
        int c = Long.compare(a.year, b.year);
        if (c == 0) {
            c = Integer.compare(a.month, b.month);
        }
        if (c == 0) {
            c = Integer.compare(a.day, b.day);
        }
        if (c == 0) {
            c = Integer.compare(a.hour, b.hour);
        }
        if (c == 0) {
            c = Integer.compare(a.minute, b.minute);
        }
        if (c == 0) {
            c = Integer.compare(a.second, b.second);
        }
        if (c == 0) {
            c = compareFraction(a.fraction, b.fraction);
        }
        return Integer.signum(c);
    }

    private static int compareFraction(String a, String b) {
        int n = Math.max(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = i < a.length() ? a.charAt(i) : '0';
            char y = i < b.length() ? b.charAt(i) : '0';
            if (x != y) {
                return Character.compare(x, y);
            }
        }
        return 0;
    }
}
