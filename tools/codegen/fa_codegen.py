#!/usr/bin/env python3
"""Generates the FA model classes and our schema encoding from an official FA schema set.

Development tool only: the build never runs it and the library does not bundle any XSD. It reads
the official schema set from ../shared/ksef (or --xsd-dir), and writes

  * acube-model/src/main/java/io/github/acubepl/model/<pkg>/*.java   JAXB model, builders, enums
  * acube-mapping/src/main/java/io/github/acubepl/mapping/internal/<pkg>/<Prefix>Schema.java
    (the schema's structure and facets as Java code, used by the structural validator and the
    JSON codec)

English documentation comes from <pkg>-docs-en.json (a translation of the schema's Polish
xsd:documentation, keyed by schema path) and enum constant names from <pkg>-enum-names.json.

Usage: python3 tools/codegen/fa_codegen.py fa1
"""
import argparse
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

XS = '{http://www.w3.org/2001/XMLSchema}'
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# --------------------------------------------------------------------------------------------
# Per-version configuration
# --------------------------------------------------------------------------------------------

# Enumerated simple types -> Java enums, shared by every version that has the type. Constant
# names: 'code' (the value itself), a dict value -> name, or 'file' (from enum-names.json, keyed
# "<type>#<value>", one list for all versions).
COMMON_ENUMS = {
    'TKodyKrajowUE': ('KodKrajuUE', 'code'),
    'TKodWaluty': ('KodWaluty', 'code'),
    'etd:TKodKraju': ('KodKraju', 'code'),
    'TRodzajFaktury': ('RodzajFaktury', 'code'),
    'TGTU': ('GTU', 'code'),
    'TOznaczenieProcedury': ('OznaczenieProcedury', 'code'),
    'TOznaczenieProceduryZ': ('OznaczenieProceduryZ', 'code'),
    'etd:TWybor1': ('Wybor1', {'1': 'YES'}),
    'etd:TWybor1_2': ('Wybor1_2', {'1': 'YES', '2': 'NO'}),
    'TFormaPlatnosci': ('FormaPlatnosci', 'file'),
    'TLadunek': ('Ladunek', 'file'),
    'TRachunekWlasnyBanku': ('RachunekWlasnyBanku', 'file'),
    'TStatusInfoPodatnika': ('StatusInfoPodatnika', 'file'),
    'TRolaPodmiotuUpowaznionego': ('RolaPodmiotuUpowaznionego', 'file'),
    'TRolaPodmiotu3': ('RolaPodmiotu3', 'file'),
    'TTypKorekty': ('TypKorekty', 'file'),
    'TRodzajTransportu': ('RodzajTransportu', 'file'),
}

RATES = {'23': 'RATE_23', '22': 'RATE_22', '8': 'RATE_8', '7': 'RATE_7', '5': 'RATE_5', '4': 'RATE_4',
         '3': 'RATE_3', 'zw': 'EXEMPT', 'oo': 'REVERSE_CHARGE'}

# Factories shared by FA(2) and FA(3) (placeholders: {label}, {system_code}, {variant}).
FA23_EXTRA_CODE = {
    'Naglowek': '''
    /**
     * A header for an invoice created at {@code created}: form code FA, system code
     * "{system_code}", schema version 1-0E and variant {variant} are filled in.
     *
     * @param created when the invoice file is created ({@code DataWytworzeniaFa})
     * @return a new header
     */
    public static Naglowek of(OffsetDateTime created) {
        Naglowek n = new Naglowek();
        n.setDataWytworzeniaFa(Objects.requireNonNull(created, "created"));
        return n;
    }
''',
    'Adres': '''
    /**
     * An address in the country {@code country}, written as one line ({@code AdresL1}).
     *
     * @param country the country code ({@code KodKraju})
     * @param line1 the address ({@code AdresL1}, street, number, postal code and town)
     * @return a new address
     */
    public static Adres of(KodKraju country, String line1) {
        Adres a = new Adres();
        a.setKodKraju(Objects.requireNonNull(country, "country"));
        a.setAdresL1(Objects.requireNonNull(line1, "line1"));
        return a;
    }

    /**
     * An address in the country {@code country}, written as two lines ({@code AdresL1},
     * {@code AdresL2}).
     *
     * @param country the country code ({@code KodKraju})
     * @param line1 the first line ({@code AdresL1})
     * @param line2 the second line ({@code AdresL2})
     * @return a new address
     */
    public static Adres of(KodKraju country, String line1, String line2) {
        Adres a = of(country, line1);
        a.setAdresL2(Objects.requireNonNull(line2, "line2"));
        return a;
    }
''',
    'DaneIdentyfikacyjnePodatnika': '''
    /**
     * A taxpayer identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name or the first name and surname ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika of(String nip, String name) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }
''',
    'DaneIdentyfikacyjne': '''
    /**
     * A party identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne nip(String nip, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party identified by its VAT number in another EU member state ({@code KodUE} and
     * {@code NrVatUE}), with its name: the buyer of an intra-Community supply, for example.
     *
     * @param country the EU country code of the VAT number
     * @param vatNumber the VAT number without the country prefix
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne euVat(KodKrajuUE country, String vatNumber, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setKodUE(Objects.requireNonNull(country, "country"));
        d.setNrVatUE(Objects.requireNonNull(vatNumber, "vatNumber"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party identified by another tax identifier ({@code NrID}) with its optional country
     * ({@code KodKraju}), with its name.
     *
     * @param country the country that issued the identifier, or {@code null} when not given
     * @param taxId the tax identifier
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne foreign(@Nullable KodKraju country, String taxId, String name) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setKodKraju(country);
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A party without a tax identifier ({@code BrakID} = 1), such as a consumer.
     *
     * @return new identification data
     */
    public static DaneIdentyfikacyjne withoutId() {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setBrakID(Wybor1.YES);
        return d;
    }
''',
    'DaneIdentyfikacyjnePodmiotu3': '''
    /**
     * A third party identified by its Polish {@code NIP}, with its name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 nip(String nip, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by an internal identifier ({@code IDWew}: the NIP of the entity
     * it belongs to, a hyphen and five digits), with its name: a unit of a local government
     * (JST) or a member of a VAT group, for example.
     *
     * @param internalId the internal identifier, such as {@code 1111111111-00001}
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 internalId(String internalId, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setIDWew(Objects.requireNonNull(internalId, "internalId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by its VAT number in another EU member state ({@code KodUE} and
     * {@code NrVatUE}), with its name.
     *
     * @param country the EU country code of the VAT number
     * @param vatNumber the VAT number without the country prefix
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 euVat(KodKrajuUE country, String vatNumber, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setKodUE(Objects.requireNonNull(country, "country"));
        d.setNrVatUE(Objects.requireNonNull(vatNumber, "vatNumber"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party identified by another tax identifier ({@code NrID}) with its optional
     * country ({@code KodKraju}), with its name.
     *
     * @param country the country that issued the identifier, or {@code null} when not given
     * @param taxId the tax identifier
     * @param name the name ({@code Nazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 foreign(@Nullable KodKraju country, String taxId, String name) {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setKodKraju(country);
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setNazwa(Objects.requireNonNull(name, "name"));
        return d;
    }

    /**
     * A third party without a tax identifier ({@code BrakID} = 1).
     *
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodmiotu3 withoutId() {
        DaneIdentyfikacyjnePodmiotu3 d = new DaneIdentyfikacyjnePodmiotu3();
        d.setBrakID(Wybor1.YES);
        return d;
    }
''',
    'Zwolnienie': '''
    /**
     * No supply on the invoice is exempt from VAT ({@code P_19N} = 1).
     *
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie none() {
        Zwolnienie z = new Zwolnienie();
        z.setP_19N(Wybor1.YES);
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) under the provision of the Polish VAT act (or of an
     * implementing act) given as {@code P_19A}.
     *
     * @param provision the provision of the act
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie statute(String provision) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19A(Objects.requireNonNull(provision, "provision"));
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) under the provision of Directive 2006/112/EC given as
     * {@code P_19B}.
     *
     * @param provision the provision of the directive
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie directive(String provision) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19B(Objects.requireNonNull(provision, "provision"));
        return z;
    }

    /**
     * Exempt supplies ({@code P_19} = 1) on another legal basis, given as {@code P_19C}.
     *
     * @param basis the other legal basis
     * @return a new {@code Zwolnienie}
     */
    public static Zwolnienie otherBasis(String basis) {
        Zwolnienie z = new Zwolnienie();
        z.setP_19(Wybor1.YES);
        z.setP_19C(Objects.requireNonNull(basis, "basis"));
        return z;
    }
''',
    'NoweSrodkiTransportu': '''
    /**
     * No intra-Community supply of new means of transport on the invoice ({@code P_22N} = 1).
     *
     * @return a new {@code NoweSrodkiTransportu}
     */
    public static NoweSrodkiTransportu none() {
        NoweSrodkiTransportu n = new NoweSrodkiTransportu();
        n.setP_22N(Wybor1.YES);
        return n;
    }
''',
    'PMarzy': '''
    /**
     * No margin scheme on the invoice ({@code P_PMarzyN} = 1).
     *
     * @return a new {@code PMarzy}
     */
    public static PMarzy none() {
        PMarzy p = new PMarzy();
        p.setP_PMarzyN(Wybor1.YES);
        return p;
    }
''',
}

ROOT_EXTRA_CODE = '''
    @Override
    public String schemaVersion() {
        return "{label}";
    }
'''


def fa23(n, extra_anon_enums):
    """The configuration of FA(2) (n = 2) or FA(3) (n = 3): the two share almost everything."""
    label = 'FA(%d)' % n
    rates = dict(RATES)
    if n == 2:
        rates.update({'0': 'RATE_0', 'np': 'NOT_TAXABLE_IN_POLAND'})
    else:
        rates.update({'0 KR': 'RATE_0_DOMESTIC', '0 WDT': 'RATE_0_INTRA_EU_SUPPLY', '0 EX': 'RATE_0_EXPORT',
                      'np I': 'NOT_TAXABLE_OUTSIDE_COUNTRY', 'np II': 'NOT_TAXABLE_SERVICES_ART_100_1_4'})
    enums = dict(COMMON_ENUMS)
    enums['TStawkaPodatku'] = ('StawkaPodatku', rates)
    anon_enums = {
        'TNaglowek/WariantFormularza': None,  # fixed by the schema: kept as a String, like KodFormularza
    }
    anon_enums.update(extra_anon_enums)
    return {
        'dir': 'fa%d/schema' % n,
        'main': 'schemat_FA(%d)_v1-0E.xsd' % n,
        'files': ['schemat_FA(%d)_v1-0E.xsd' % n, 'StrukturyDanych_v10-0E.xsd',
                  'ElementarneTypyDanych_v10-0E.xsd', 'KodyKrajow_v10-0E.xsd'],
        'java_package': 'io.github.acubepl.model.fa%d' % n,
        'schema_package': 'io.github.acubepl.mapping.internal.fa%d' % n,
        'schema_class': 'Fa%dSchema' % n,
        'label': label,
        'system_code': 'FA (%d)' % n,
        'variant': str(n),
        'class_names': {
            'TNaglowek': 'Naglowek',
            'TAdres': 'Adres',
            'TKluczWartosc': 'KluczWartosc',
            'TRachunekBankowy': 'RachunekBankowy',
            'TPodmiot1': 'DaneIdentyfikacyjnePodatnika',
            'TPodmiot2': 'DaneIdentyfikacyjne',
            'TPodmiot3': 'DaneIdentyfikacyjnePodmiotu3',
        },
        # Anonymous types whose element name is taken by a different type elsewhere.
        'anon_class_names': {
            'Faktura/PodmiotUpowazniony/DaneKontaktowe': 'DaneKontaktowePU',
        },
        'enums': enums,
        'anon_enums': anon_enums,
        'string_enums': {'TKodFormularza'},
        'defaults': {
            'KodFormularza': {'value': '"FA"', 'kodSystemowy': '"FA (%d)"' % n, 'wersjaSchemy': '"1-0E"'},
            'Naglowek': {'kodFormularza': 'new KodFormularza()', 'wariantFormularza': '"%d"' % n},
        },
        'extra_code': FA23_EXTRA_CODE,
    }


VERSIONS = {
    'fa1': {
        'dir': 'fa1/schema',
        'main': 'schemat_FA(1)_v1-0E.xsd',
        'files': ['schemat_FA(1)_v1-0E.xsd', 'StrukturyDanych_v9-0E.xsd',
                  'ElementarneTypyDanych_v9-0E.xsd', 'KodyKrajow_v9-0E.xsd'],
        'java_package': 'io.github.acubepl.model.fa1',
        'schema_package': 'io.github.acubepl.mapping.internal.fa1',
        'schema_class': 'Fa1Schema',
        'label': 'FA(1)',
        'system_code': 'FA (1)',
        'variant': '1',
        # Named complex types -> Java class names.
        'class_names': {
            'TNaglowek': 'Naglowek',
            'TAdres': 'Adres',
            'TAdresPolski': 'AdresPolski',
            'TAdresZagraniczny': 'AdresZagraniczny',
            'TKluczWartosc': 'KluczWartosc',
            'TRachunekBankowy': 'RachunekBankowy',
            'TPodmiot': 'DaneIdentyfikacyjne',
            'TPodmiot1': 'DaneIdentyfikacyjnePodatnika',
        },
        'anon_class_names': {},
        'enums': dict(COMMON_ENUMS, **{
            'TStawkaPodatku': ('StawkaPodatku', dict(RATES, **{'0': 'RATE_0', 'np': 'NOT_TAXABLE_IN_POLAND'})),
            'TProceduraFa': ('ProceduraFa', 'file'),
            'TProceduraZamowienie': ('ProceduraZamowienie', 'file'),
        }),
        # Anonymous enumerated types by schema path: a Java enum name (an enum of 'enums' with the
        # same codes, or a new one given as (name, naming)), or None to keep a String.
        'anon_enums': {'TNaglowek/WariantFormularza': None},
        # Enumerated types kept as String in the model (fixed single values).
        'string_enums': {'TKodFormularza'},
        # Default values set by the no-arg constructor (fixed values of the schema).
        'defaults': {
            'KodFormularza': {'value': '"FA"', 'kodSystemowy': '"FA (1)"', 'wersjaSchemy': '"1-0E"'},
            'Naglowek': {'kodFormularza': 'new KodFormularza()', 'wariantFormularza': '"1"'},
            'AdresPolski': {'kodKraju': 'KodKraju.PL'},
        },
        'extra_code': {
            'Naglowek': '''
    /**
     * A header for an invoice created at {@code created}: form code FA, system code
     * "FA (1)", schema version 1-0E and variant 1 are filled in.
     *
     * @param created when the invoice file is created ({@code DataWytworzeniaFa})
     * @return a new header
     */
    public static Naglowek of(OffsetDateTime created) {
        Naglowek n = new Naglowek();
        n.setDataWytworzeniaFa(Objects.requireNonNull(created, "created"));
        return n;
    }
''',
            'Adres': '''
    /**
     * A Polish address ({@code AdresPol}).
     *
     * @param address the address
     * @return a new {@code Adres} holding it
     */
    public static Adres polish(AdresPolski address) {
        Adres a = new Adres();
        a.setAdresPol(Objects.requireNonNull(address, "address"));
        return a;
    }

    /**
     * A foreign address ({@code AdresZagr}).
     *
     * @param address the address
     * @return a new {@code Adres} holding it
     */
    public static Adres foreign(AdresZagraniczny address) {
        Adres a = new Adres();
        a.setAdresZagr(Objects.requireNonNull(address, "address"));
        return a;
    }
''',
            'DaneIdentyfikacyjnePodatnika': '''
    /**
     * A taxpayer that is a company or other organisation: {@code NIP} and {@code PelnaNazwa}.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param fullName the full name
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika company(String nip, String fullName) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
        return d;
    }

    /**
     * A taxpayer that is a natural person: {@code NIP}, {@code ImiePierwsze} and {@code Nazwisko}.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param firstName the first name
     * @param lastName the surname
     * @return new identification data
     */
    public static DaneIdentyfikacyjnePodatnika person(String nip, String firstName, String lastName) {
        DaneIdentyfikacyjnePodatnika d = new DaneIdentyfikacyjnePodatnika();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setOsobaFizyczna(Objects.requireNonNull(firstName, "firstName"), Objects.requireNonNull(lastName, "lastName"));
        return d;
    }
''',
            'DaneIdentyfikacyjne': '''
    /**
     * A party identified by a Polish {@code NIP}, with its full name.
     *
     * @param nip the Polish tax identification number (10 digits)
     * @param fullName the full name ({@code PelnaNazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne company(String nip, String fullName) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNIP(Objects.requireNonNull(nip, "nip"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
        return d;
    }

    /**
     * A party identified by a foreign tax identifier ({@code NrID}), with its full name.
     *
     * @param taxId the foreign tax identifier
     * @param fullName the full name ({@code PelnaNazwa})
     * @return new identification data
     */
    public static DaneIdentyfikacyjne foreign(String taxId, String fullName) {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setNrID(Objects.requireNonNull(taxId, "taxId"));
        d.setPelnaNazwa(Objects.requireNonNull(fullName, "fullName"));
        return d;
    }

    /**
     * A party without a tax identifier ({@code BrakID} = 1), such as a consumer.
     *
     * @return new identification data
     */
    public static DaneIdentyfikacyjne withoutId() {
        DaneIdentyfikacyjne d = new DaneIdentyfikacyjne();
        d.setBrakID(Wybor1.YES);
        return d;
    }
''',
        },
    },
    'fa2': fa23(2, {}),
    'fa3': fa23(3, {
        'Faktura/Podmiot2/JST': 'Wybor1_2',
        'Faktura/Podmiot2/GV': 'Wybor1_2',
        'Faktura/Zalacznik/BlokDanych/Tabela/TNaglowek/Kol/@Typ': ('TypKolumny', {
            'date': 'DATE', 'datetime': 'DATE_TIME', 'dec': 'DECIMAL', 'int': 'INTEGER', 'time': 'TIME',
            'txt': 'TEXT'}),
    }),
}

# --------------------------------------------------------------------------------------------
# Intermediate representation
# --------------------------------------------------------------------------------------------


class SType:
    def __init__(self, name, ns, anonymous=False):
        self.name = name
        self.ns = ns
        self.anonymous = anonymous
        self.builtin = None
        self.base = None
        self.members = []
        self.facets = []  # list of (facet, value) in document order
        self.enum = None
        self.enum_docs = {}
        self.patterns = []
        self.const = None

    def chain_enum(self):
        t = self
        while t is not None:
            if t.enum is not None:
                return t
            t = t.base
        return None

    def root_builtin(self):
        t = self
        while t.base is not None:
            t = t.base
        return t.builtin


class CType:
    def __init__(self, name, ns, anonymous=False):
        self.name = name
        self.ns = ns
        self.anonymous = anonymous
        self.particle = None
        self.simple_content = None
        self.attributes = []  # (name, SType, required, fixed, doc_key)
        self.const = None
        self.java = None
        self.doc_key = None
        self.extends = None  # the base of an empty complexContent extension


class Elem:
    def __init__(self, name, typ, min_occurs, max_occurs, fixed, default, doc_key):
        self.name = name
        self.type = typ
        self.min = min_occurs
        self.max = max_occurs
        self.fixed = fixed
        self.default = default
        self.doc_key = doc_key


class Group:
    def __init__(self, kind, children, min_occurs, max_occurs):
        self.kind = kind
        self.children = children
        self.min = min_occurs
        self.max = max_occurs


BUILTINS = {
    'string': 'STRING', 'normalizedString': 'NORMALIZED_STRING', 'token': 'TOKEN',
    'decimal': 'DECIMAL', 'integer': 'INTEGER', 'nonNegativeInteger': 'NON_NEGATIVE_INTEGER',
    'int': 'INT', 'byte': 'BYTE', 'date': 'DATE', 'dateTime': 'DATE_TIME',
}


class SchemaSet:
    def __init__(self, xsd_dir, files):
        self.simple = {}
        self.complex = {}
        self.raw_simple = {}
        self.raw_complex = {}
        self.prefixes = {}
        self.roots = {}
        self.pl = {}  # documentation key -> the schema's own (Polish) documentation
        self.tns = None
        for f in files:
            path = os.path.join(xsd_dir, f)
            text = open(path, encoding='utf-8').read()
            root = ET.fromstring(text.encode('utf-8'))
            tns = root.get('targetNamespace')
            if self.tns is None:
                self.tns = tns
            prefixes = dict(re.findall(r'xmlns:([A-Za-z0-9_]+)="([^"]+)"', text))
            self.roots[f] = (root, tns, prefixes)
            for child in root:
                if child.tag == XS + 'simpleType':
                    self.raw_simple[(tns, child.get('name'))] = (child, tns, prefixes)
                elif child.tag == XS + 'complexType':
                    self.raw_complex[(tns, child.get('name'))] = (child, tns, prefixes)

    def qname(self, value, prefixes):
        prefix, local = value.split(':', 1) if ':' in value else ('', value)
        return prefixes.get(prefix), local

    # -- simple types --
    def simple_type(self, ns, name):
        key = (ns, name)
        if key in self.simple:
            return self.simple[key]
        if ns == 'http://www.w3.org/2001/XMLSchema':
            t = SType(name, ns)
            t.builtin = BUILTINS[name]
            self.simple[key] = t
            return t
        node, tns, prefixes = self.raw_simple[key]
        t = SType(name, tns)
        self.simple[key] = t
        self.fill_simple(t, node, tns, prefixes)
        self.pl.setdefault(name, documentation(node))
        return t

    def fill_simple(self, t, node, tns, prefixes):
        restriction = node.find(XS + 'restriction')
        union = node.find(XS + 'union')
        if restriction is not None:
            bns, bname = self.qname(restriction.get('base'), prefixes)
            t.base = self.simple_type(bns, bname)
            for facet in restriction:
                tag = facet.tag[len(XS):]
                if tag == 'annotation':
                    continue
                if tag == 'enumeration':
                    t.enum = (t.enum or []) + [facet.get('value')]
                    doc = documentation(facet)
                    if doc:
                        t.enum_docs[facet.get('value')] = doc
                        self.pl.setdefault(t.name + '#' + facet.get('value'), doc)
                elif tag == 'pattern':
                    t.patterns.append(facet.get('value'))
                else:
                    t.facets.append((tag, facet.get('value')))
        elif union is not None:
            for member in union.findall(XS + 'simpleType'):
                m = SType(t.name + '#member' + str(len(t.members) + 1), tns, anonymous=True)
                self.fill_simple(m, member, tns, prefixes)
                t.members.append(m)
            if union.get('memberTypes'):
                for q in union.get('memberTypes').split():
                    t.members.append(self.simple_type(*self.qname(q, prefixes)))
        else:
            raise SystemExit('unsupported simple type ' + t.name)

    # -- complex types --
    def complex_type(self, ns, name):
        key = (ns, name)
        if key in self.complex:
            return self.complex[key]
        node, tns, prefixes = self.raw_complex[key]
        t = CType(name, tns)
        t.doc_key = name
        self.complex[key] = t
        self.pl.setdefault(name, documentation(node))
        self.fill_complex(t, node, tns, prefixes, name)
        return t

    def fill_complex(self, t, node, tns, prefixes, path):
        simple_content = node.find(XS + 'simpleContent')
        if simple_content is not None:
            ext = simple_content.find(XS + 'extension')
            t.simple_content = self.simple_type(*self.qname(ext.get('base'), prefixes))
            self.fill_attributes(t, ext, tns, prefixes, path)
            return
        complex_content = node.find(XS + 'complexContent')
        if complex_content is not None:
            # Only the empty extension FA(2)/FA(3) use (AdresKoresp extends TAdres with nothing):
            # the same content as the base, but a type of its own (xsi:type cannot name the base).
            ext = complex_content.find(XS + 'extension')
            if ext is None or [c for c in ext if c.tag != XS + 'annotation']:
                raise SystemExit('unsupported complexContent at ' + path)
            base = self.complex_type(*self.qname(ext.get('base'), prefixes))
            t.extends = base
            t.particle = base.particle
            t.simple_content = base.simple_content
            t.attributes = list(base.attributes)
            return
        groups = [c for c in node if c.tag in (XS + 'sequence', XS + 'choice')]
        if len(groups) != 1:
            raise SystemExit('unsupported complex type content at ' + path)
        t.particle = self.particle(groups[0], tns, prefixes, path)
        # Attributes of element-only content (FA(3) Zalacznik .../TNaglowek/Kol/@Typ).
        self.fill_attributes(t, node, tns, prefixes, path)

    def fill_attributes(self, t, node, tns, prefixes, path):
        for a in node.findall(XS + 'attribute'):
            key = path + '/@' + a.get('name')
            self.pl.setdefault(key, documentation(a))
            if a.get('type'):
                atype = self.simple_type(*self.qname(a.get('type'), prefixes))
            else:
                inline = a.find(XS + 'simpleType')
                if inline is None:
                    raise SystemExit('attribute without type at ' + key)
                atype = SType(key, tns, anonymous=True)
                self.fill_simple(atype, inline, tns, prefixes)
            t.attributes.append((a.get('name'), atype, a.get('use') == 'required', a.get('fixed'), key))

    def particle(self, node, tns, prefixes, path):
        min_occurs = int(node.get('minOccurs', '1'))
        max_raw = node.get('maxOccurs', '1')
        max_occurs = None if max_raw == 'unbounded' else int(max_raw)
        tag = node.tag[len(XS):]
        if tag in ('sequence', 'choice'):
            children = [self.particle(c, tns, prefixes, path) for c in node
                        if c.tag in (XS + 'sequence', XS + 'choice', XS + 'element')]
            return Group(tag, children, min_occurs, max_occurs)
        name = node.get('name')
        epath = path + '/' + name
        self.pl.setdefault(epath, documentation(node))
        if node.get('type'):
            tns_, local = self.qname(node.get('type'), prefixes)
            if (tns_, local) in self.raw_complex:
                typ = self.complex_type(tns_, local)
            else:
                typ = self.simple_type(tns_, local)
        else:
            inline_complex = node.find(XS + 'complexType')
            inline_simple = node.find(XS + 'simpleType')
            if inline_complex is not None:
                typ = CType(name, tns, anonymous=True)
                typ.doc_key = epath
                self.fill_complex(typ, inline_complex, tns, prefixes, epath)
            elif inline_simple is not None:
                typ = SType(epath, tns, anonymous=True)
                self.fill_simple(typ, inline_simple, tns, prefixes)
            else:
                raise SystemExit('element without type at ' + epath)
        return Elem(name, typ, min_occurs, max_occurs, node.get('fixed'), node.get('default'), epath)

    def root_element(self, file):
        root, tns, prefixes = self.roots[file]
        for child in root:
            if child.tag == XS + 'element':
                inline = child.find(XS + 'complexType')
                t = CType(child.get('name'), tns, anonymous=True)
                t.doc_key = child.get('name')
                self.pl.setdefault(t.doc_key, documentation(child))
                self.fill_complex(t, inline, tns, prefixes, child.get('name'))
                return Elem(child.get('name'), t, 1, 1, None, None, child.get('name'))
        raise SystemExit('no root element')


def documentation(node):
    a = node.find(XS + 'annotation')
    if a is None:
        return None
    parts = [(d.text or '').strip() for d in a.findall(XS + 'documentation')]
    text = ' '.join(p for p in parts if p)
    return re.sub(r'\s+', ' ', text) or None


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def decapitalize(name):
    if len(name) > 1 and name[0].isupper() and name[1].isupper():
        return name
    return name[0].lower() + name[1:]


def jstr(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def javadoc_text(text):
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    text = re.sub(r'(^|\s)@', r'\1{@literal @}', text)
    return text.replace('*/', '*&#47;')


def wrap(text, indent, width=100):
    words = text.split()
    lines = []
    line = ''
    for w in words:
        if len(indent) + 3 + len(line) + len(w) + 1 > width and line:
            lines.append(line)
            line = w
        else:
            line = (line + ' ' + w) if line else w
    if line:
        lines.append(line)
    return lines


def javadoc(paragraphs, indent='    '):
    out = [indent + '/**']
    first = True
    for p in paragraphs:
        if p is None:
            continue
        if not first:
            out.append(indent + ' *')
            if not p.startswith('@'):
                p = '<p>' + p
        for line in wrap(p, indent):
            out.append(indent + ' * ' + line)
        first = False
    out.append(indent + ' */')
    return '\n'.join(out)


def is_nullable(particle):
    if isinstance(particle, Elem):
        return particle.min == 0
    if particle.min == 0:
        return True
    if particle.kind == 'choice':
        return any(is_nullable(c) for c in particle.children)
    return all(is_nullable(c) for c in particle.children)


# --------------------------------------------------------------------------------------------
# Generator
# --------------------------------------------------------------------------------------------

class Generator:
    def __init__(self, version, ksef_dir, out_root):
        self.cfg = VERSIONS[version]
        self.version = version
        self.out = out_root
        self.xsd_dir = os.path.join(ksef_dir, self.cfg['dir'])
        self.schema = SchemaSet(self.xsd_dir, self.cfg['files'])
        self.docs = load_json('docs-en.json')
        self.enum_names = load_json('enum-names.json')
        self.missing_docs = []
        self.used_docs = set()
        self.root = self.schema.root_element(self.cfg['main'])
        self.classes = []        # every CType, post-order: the schema encoding has one constant each
        self.model_classes = {}  # Java class name -> the CType it is generated from, in order
        self.class_paths = {}    # Java class name -> the schema paths of the anonymous types it models
        self.simple_order = []
        self.seen_simple = set()
        self.used_builtins = set()
        self.collect(self.root.type)

    # -- collection --
    def collect(self, ctype):
        if ctype in self.classes or getattr(ctype, 'collecting', False):
            return
        ctype.collecting = True
        if ctype.extends is not None:
            self.collect(ctype.extends)
        for a in ctype.attributes:
            self.collect_simple(a[1])
        if ctype.simple_content is not None:
            self.collect_simple(ctype.simple_content)
        for e in self.elements(ctype.particle):
            if isinstance(e.type, CType):
                self.collect(e.type)
            else:
                self.collect_simple(e.type)
        self.classes.append(ctype)
        if ctype.extends is not None:
            # An empty extension: the same Java class as its base.
            ctype.java = ctype.extends.java
            return
        if ctype.anonymous and ctype.simple_content is not None and not ctype.attributes:
            # Simple content without attributes (FA(3) NKom): the model holds the value itself.
            ctype.java = None
            return
        if not ctype.anonymous:
            name = self.cfg['class_names'].get(ctype.name)
            if name is None:
                raise SystemExit('no Java name for complex type ' + ctype.name)
        else:
            name = self.cfg['anon_class_names'].get(ctype.doc_key, ctype.name)
        ctype.java = name
        if name in self.model_classes:
            other = self.model_classes[name]
            if not (ctype.anonymous and other.anonymous and self.signature(ctype) == self.signature(other)):
                raise SystemExit('two different types would be Java class %s: %s and %s; name one in '
                                 'anon_class_names' % (name, other.doc_key, ctype.doc_key))
            # The same content under another element of the same name: one class serves both.
            self.class_paths[name].append(ctype.doc_key)
            return
        self.model_classes[name] = ctype
        self.class_paths[name] = [ctype.doc_key]

    def signature(self, ctype):
        """What the Java class of a type looks like: two types with equal signatures share a class."""
        members = self.members(ctype, docs=False)
        return repr([(m[0], m[1], m[2], m[3], m[4], m[5].required if m[3] == 'element' else m[5], m[6])
                     for m in members])

    def collect_simple(self, st):
        if id(st) in self.seen_simple:
            return
        self.seen_simple.add(id(st))
        if st.base is not None:
            self.collect_simple(st.base)
        for m in st.members:
            self.collect_simple(m)
        if st.builtin is None:
            self.simple_order.append(st)

    def elements(self, particle):
        if particle is None:
            return []
        if isinstance(particle, Elem):
            return [particle]
        out = []
        for c in particle.children:
            out.extend(self.elements(c))
        return out

    def enum_key(self, st):
        prefix = '' if st.ns == self.schema.tns else 'etd:'
        return prefix + st.name

    # -- Java types --
    def java_enum_for(self, st):
        """The Java enum (name, SType) that models values of st, or None."""
        t = st
        while t is not None:
            if t.anonymous and t.enum is not None:
                if t.name not in self.cfg['anon_enums']:
                    raise SystemExit('anonymous enumeration at %s: map it in anon_enums' % t.name)
                target = self.cfg['anon_enums'][t.name]
                if target is None:
                    return None
                return (target if isinstance(target, str) else target[0]), t
            if not t.anonymous and self.enum_key(t) in self.cfg['enums']:
                return self.cfg['enums'][self.enum_key(t)][0], t
            t = t.base
        return None

    def java_type(self, st):
        e = self.java_enum_for(st)
        if e is not None and st.chain_enum() is not None and self.enum_key(st.chain_enum()) not in self.cfg['string_enums']:
            return e[0]
        builtin = st.root_builtin() if not st.members else 'STRING'
        if st.chain_enum() is not None:
            return 'String'
        if builtin in ('DECIMAL',):
            return 'BigDecimal'
        if builtin in ('INTEGER', 'NON_NEGATIVE_INTEGER', 'INT', 'BYTE'):
            return 'Long'
        if builtin == 'DATE':
            return 'LocalDate'
        if builtin == 'DATE_TIME':
            return 'OffsetDateTime'
        return 'String'

    # -- schema encoding --
    def st_const(self, st):
        if st.builtin is not None:
            self.used_builtins.add(st.builtin)
            return 'XSD_' + st.name
        if st.const is None:
            if st.anonymous:
                base = re.sub(r'[^A-Za-z0-9]+', '_', st.name).strip('_')
                st.const = 'ANON_' + base
            else:
                st.const = ('ETD_' if st.ns != self.schema.tns else '') + st.name
        return st.const

    def st_expr(self, st):
        if st.members:
            return 'SimpleType.union(%s, %s)' % (jstr(st.name), ', '.join(self.st_const(m) for m in st.members))
        if st.base.builtin is not None:
            base = 'XsdBuiltin.' + st.base.builtin
        else:
            base = self.st_const(st.base)
        calls = []
        for facet, value in st.facets:
            if facet == 'whiteSpace':
                calls.append('.whiteSpace(WhiteSpace.%s)' % value.upper())
            elif facet in ('length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits'):
                calls.append('.%s(%s)' % (facet, value))
            elif facet in ('minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'):
                calls.append('.%s(%s)' % (facet, jstr(value)))
            else:
                raise SystemExit('unsupported facet ' + facet)
        if st.patterns:
            calls.append('.pattern(%s)' % ', '.join(jstr(p) for p in st.patterns))
        if st.enum is not None:
            calls.append('\n            .enumeration(%s)' % jstr('|'.join(st.enum)))
        label = st.name if not st.anonymous else 'anonymous type of ' + st.name.split('/')[-1]
        return 'SimpleType.restrict(%s, %s)%s.build()' % (jstr(label), base, ''.join(calls))

    def ct_const(self, ct):
        if ct.const is None:
            if ct.anonymous:
                ct.const = 'E_' + re.sub(r'[^A-Za-z0-9]+', '_', ct.doc_key)
            else:
                ct.const = ct.name
        return ct.const

    def particle_expr(self, p, indent):
        if isinstance(p, Elem):
            typ = self.ct_const(p.type) if isinstance(p.type, CType) else self.st_const(p.type)
            expr = 'el(%s, %s)' % (jstr(p.name), typ)
            if (p.min, p.max) != (1, 1):
                expr += '.occurs(%d, %s)' % (p.min, 'UNBOUNDED' if p.max is None else p.max)
            if p.fixed is not None:
                expr += '.fixed(%s)' % jstr(p.fixed)
            if p.default is not None:
                expr += '.defaultValue(%s)' % jstr(p.default)
            return expr
        inner = (',\n' + indent + '    ').join(self.particle_expr(c, indent + '    ') for c in p.children)
        fn = 'seq' if p.kind == 'sequence' else 'choice'
        expr = '%s(\n%s    %s)' % (fn, indent, inner)
        if (p.min, p.max) != (1, 1):
            expr += '.occurs(%d, %s)' % (p.min, 'UNBOUNDED' if p.max is None else p.max)
        return expr

    def attr_exprs(self, ct):
        return ''.join(', attr(%s, %s, %s, %s)' % (jstr(a[0]), self.st_const(a[1]), 'true' if a[2] else 'false',
                                                    jstr(a[3]) if a[3] is not None else 'null')
                       for a in ct.attributes)

    def write_schema(self):
        cfg = self.cfg
        lines = []
        lines.append('package %s;' % cfg['schema_package'])
        lines.append('')
        lines.append('import static io.github.acubepl.mapping.internal.schema.SchemaDsl.UNBOUNDED;')
        lines.append('import static io.github.acubepl.mapping.internal.schema.SchemaDsl.attr;')
        lines.append('import static io.github.acubepl.mapping.internal.schema.SchemaDsl.choice;')
        lines.append('import static io.github.acubepl.mapping.internal.schema.SchemaDsl.el;')
        lines.append('import static io.github.acubepl.mapping.internal.schema.SchemaDsl.seq;')
        lines.append('')
        lines.append('import io.github.acubepl.mapping.internal.schema.ComplexType;')
        lines.append('import io.github.acubepl.mapping.internal.schema.FormSchema;')
        lines.append('import io.github.acubepl.mapping.internal.schema.SimpleType;')
        lines.append('import io.github.acubepl.mapping.internal.schema.WhiteSpace;')
        lines.append('import io.github.acubepl.mapping.internal.schema.XsdBuiltin;')
        lines.append('import java.util.Map;')
        lines.append('')
        lines.append('/**')
        lines.append(' * The %s schema ({@code %s} with its base types) written down as Java: every element,' % (cfg['label'], cfg['main']))
        lines.append(' * in schema order, with its occurrences, choices and simple-type facets.')
        lines.append(' *')
        lines.append(' * <p>Generated by {@code tools/codegen/fa_codegen.py %s} from the official schema set; do not' % self.version)
        lines.append(' * edit by hand. The official XSD files are not bundled: tests compare this encoding\'s verdicts')
        lines.append(' * with the official schema\'s.')
        lines.append(' */')
        lines.append('final class %s {' % cfg['schema_class'])
        lines.append('    /** The target namespace. */')
        lines.append('    static final String NAMESPACE = %s;' % jstr(self.schema.tns))
        lines.append('')
        complex_lines = []
        for ct in self.classes:
            const = self.ct_const(ct)
            if ct.extends is not None:
                # An empty extension: the base's content, but a type of its own for xsi:type.
                complex_lines.append('    static final ComplexType %s = ComplexType.%s(%s, %s%s);' % (
                    const, 'simpleContent' if ct.simple_content is not None else 'elementOnly',
                    jstr(ct.name), ('%s.simpleContent()' if ct.simple_content is not None else '%s.particle()')
                    % self.ct_const(ct.extends), self.attr_exprs(ct)))
            elif ct.simple_content is not None:
                attrs = ''.join(', attr(%s, %s, %s, %s)' % (jstr(a[0]), self.st_const(a[1]),
                                                            'true' if a[2] else 'false',
                                                            jstr(a[3]) if a[3] is not None else 'null')
                                for a in ct.attributes)
                complex_lines.append('    static final ComplexType %s = ComplexType.simpleContent(%s, %s%s);' % (
                    const, jstr(ct.name), self.st_const(ct.simple_content), attrs))
            else:
                complex_lines.append('    static final ComplexType %s = ComplexType.elementOnly(%s, %s%s);' % (
                    const, jstr(ct.name), self.particle_expr(ct.particle, '        '), self.attr_exprs(ct)))
            complex_lines.append('')
        simple_lines = [self.st_expr(st) for st in self.simple_order]
        for b in sorted(self.used_builtins):
            name = [k for k, v in BUILTINS.items() if v == b][0]
            lines.append('    static final SimpleType XSD_%s = SimpleType.restrict(%s, XsdBuiltin.%s).build();' % (
                name, jstr(name), b))
        for st, expr in zip(self.simple_order, simple_lines):
            lines.append('    static final SimpleType %s = %s;' % (self.st_const(st), expr))
        lines.append('')
        lines.extend(complex_lines)
        named = []
        for st in self.simple_order:
            if not st.anonymous:
                named.append((st.ns, st.name, self.st_const(st)))
        for ct in self.classes:
            if not ct.anonymous:
                named.append((ct.ns, ct.name, self.ct_const(ct)))
        lines.append('    /** The named types, by {namespace}name, for xsi:type. */')
        lines.append('    static final Map<String, Object> NAMED_TYPES = Map.ofEntries(')
        lines.append(',\n'.join('            Map.entry(%s, %s)' % (jstr('{%s}%s' % (ns, name)), const)
                                for ns, name, const in named) + ');')
        lines.append('')
        lines.append('    /** The schema: namespace and root element {@code %s}. */' % self.root.name)
        lines.append('    static final FormSchema SCHEMA = new FormSchema(NAMESPACE, el(%s, %s), NAMED_TYPES);' % (
            jstr(self.root.name), self.ct_const(self.root.type)))
        lines.append('')
        lines.append('    private %s() {' % cfg['schema_class'])
        lines.append('    }')
        lines.append('}')
        path = os.path.join(self.out, 'acube-mapping', 'src', 'main', 'java', *cfg['schema_package'].split('.'),
                            cfg['schema_class'] + '.java')
        write(path, '\n'.join(lines) + '\n')

    # -- model --
    def doc(self, key, fallback=None):
        """The English documentation of a schema path for this version (see docs-en.json)."""
        self.used_docs.add(key)
        text = self.docs.get(key)
        for _ in range(5):  # "=other key": the same text as another key (an element that moved)
            if isinstance(text, dict):
                text = next((t for versions, t in text.items() if self.version in versions.split()), None)
            if isinstance(text, str) and text.startswith('='):
                text = self.docs.get(text[1:])
            else:
                break
        if text is None:
            self.missing_docs.append((key, self.schema.pl.get(key)))
            if fallback is None:
                print('warning: no documentation for ' + key, file=sys.stderr)
            return fallback
        return self.fill(text)

    def fill(self, text):
        """Replaces the version placeholders of shared documentation and code."""
        return (text.replace('{label}', self.cfg['label']).replace('{system_code}', self.cfg['system_code'])
                .replace('{variant}', self.cfg['variant']))

    def doc_key(self, ct, key):
        """The documentation key of a path inside ct; a class serving several paths has its own keys."""
        if ct.java is not None and len(self.class_paths.get(ct.java, [])) > 1:
            return 'class:' + ct.java + key[len(ct.doc_key):]
        return key

    def members(self, ct, docs=True):
        """The members of ct's Java class: (field, java type, is_list, xml kind, xml name, elem or
        required flag, exclusions, doc)."""
        def doc(key, fallback):
            return self.doc(self.doc_key(ct, key), fallback) if docs else None
        members = []
        if ct.simple_content is not None:
            members.append(('value', self.java_type(ct.simple_content), False, 'value', None, None, [],
                            doc(ct.doc_key + '/#value', 'The text content.')))
        for (aname, atype, required, fixed, dkey) in ct.attributes:
            members.append((decapitalize(aname), self.java_type(atype), False, 'attribute', aname, required, [],
                            doc(dkey, 'Attribute ' + aname + '.')))
        if ct.particle is not None:
            elems, exclusions, required = self.fields(ct)
            field_names = {e.name: decapitalize(e.name) for e in elems}
            for e in elems:
                jt = self.ct_java(e.type) if isinstance(e.type, CType) else self.java_type(e.type)
                is_list = e.max is None or e.max > 1
                e.required = required[e.name]
                members.append((field_names[e.name], jt, is_list, 'element', e.name, e,
                                [field_names[n] for n in exclusions[e.name]],
                                doc(e.doc_key, 'Element ' + e.name + '.')))
        return members

    def fields(self, ctype):
        """Elements in schema order, the fields each choice member excludes, and which are required."""
        out = []
        exclusions = {}
        required = {}

        def walk(p, enclosing, optional):
            if isinstance(p, Elem):
                out.append(p)
                exclusions[p.name] = list(enclosing)
                required[p.name] = not optional and p.min > 0
                return
            optional = optional or p.min == 0
            if p.kind == 'choice':
                branches = [self.elements(c) for c in p.children]
                for i, c in enumerate(p.children):
                    others = [e.name for j, b in enumerate(branches) if j != i for e in b]
                    walk(c, enclosing + [others], optional or len(p.children) > 1)
            else:
                for c in p.children:
                    walk(c, enclosing, optional)
        walk(ctype.particle, [], False)
        order = [e.name for e in out]
        return out, {k: sorted({n for group in v for n in group}, key=order.index)
                     for k, v in exclusions.items()}, required

    def write_model(self):
        pkg_dir = os.path.join(self.out, 'acube-model', 'src', 'main', 'java', *self.cfg['java_package'].split('.'))
        os.makedirs(pkg_dir, exist_ok=True)
        for f in os.listdir(pkg_dir):
            if f.endswith('.java') and f != 'package-info.java':
                os.remove(os.path.join(pkg_dir, f))
        for name, ct in self.model_classes.items():
            write(os.path.join(pkg_dir, name + '.java'), self.class_source(ct))
        done = set()
        for key, (jname, naming) in self.cfg['enums'].items():
            ns = self.schema.tns
            name = key
            if key.startswith('etd:'):
                name = key[4:]
                ns = next(k[0] for k in self.schema.raw_simple if k[1] == name and k[0] != self.schema.tns)
            st = self.schema.simple_type(ns, name)
            if jname in done:
                continue
            done.add(jname)
            write(os.path.join(pkg_dir, jname + '.java'), self.enum_source(st, jname, naming, key))
        for path, target in self.cfg['anon_enums'].items():
            st = self.anonymous_simple(path)
            if isinstance(target, tuple):
                write(os.path.join(pkg_dir, target[0] + '.java'), self.enum_source(st, target[0], target[1], path))
            elif target is not None:
                key = next(k for k, v in self.cfg['enums'].items() if v[0] == target)
                shared = self.schema.simple_type(*self.enum_type_key(key))
                if shared.chain_enum().enum != st.enum:
                    raise SystemExit('%s has codes %s, enum %s has %s' % (path, st.enum, target,
                                                                         shared.chain_enum().enum))

    def enum_count(self):
        return len({v[0] for v in self.cfg['enums'].values()}) + sum(
            1 for v in self.cfg['anon_enums'].values() if isinstance(v, tuple))

    def enum_type_key(self, key):
        if key.startswith('etd:'):
            name = key[4:]
            return next(k for k in self.schema.raw_simple if k[1] == name and k[0] != self.schema.tns)
        return self.schema.tns, key

    def anonymous_simple(self, path):
        for st in self.simple_order:
            if st.anonymous and st.name == path:
                return st
        raise SystemExit('anon_enums names %s, which is not an anonymous simple type of the schema' % path)

    def enum_constant(self, key, st, value, naming):
        if naming == 'code':
            name = value
        elif naming == 'file':
            name = self.enum_names[st.name + '#' + value]
        else:
            name = naming[value]
        if not re.match(r'^[A-Za-z_][A-Za-z0-9_]*$', name):
            raise SystemExit('bad enum constant %s for %s' % (name, key))
        return name

    def enum_source(self, st, jname, naming, key):
        pkg = self.cfg['java_package']
        lines = ['package %s;' % pkg, '',
                 'import jakarta.xml.bind.annotation.XmlEnum;',
                 'import jakarta.xml.bind.annotation.XmlEnumValue;',
                 'import jakarta.xml.bind.annotation.XmlType;', '']
        tdoc = self.doc(st.name, 'Code list ' + st.name + '.')
        origin = ('Schema type {@code %s}' % st.name) if not st.anonymous else (
            'The codes of {@code %s}' % st.name.replace('/@', '@'))
        lines.append(javadoc([javadoc_text(tdoc),
                              origin + '; each constant carries the code written in the document '
                              '({@link #value()}).'], ''))
        lines.append('@XmlType(name = %s)' % jstr(st.name if not st.anonymous else jname))
        lines.append('@XmlEnum')
        lines.append('public enum %s {' % jname)
        consts = []
        for v in st.enum:
            cname = self.enum_constant(key, st, v, naming)
            d = self.doc(st.name + '#' + v, '') or ''
            text = ('Code {@code %s}' % javadoc_text(v)) + ('. ' + javadoc_text(d) if d else '.')
            consts.append(javadoc([text]) + '\n    @XmlEnumValue(%s)\n    %s(%s)' % (jstr(v), cname, jstr(v)))
        lines.append(',\n'.join(consts) + ';')
        lines.append('')
        lines.append('    private final String value;')
        lines.append('')
        lines.append('    %s(String value) {' % jname)
        lines.append('        this.value = value;')
        lines.append('    }')
        lines.append('')
        lines.append('    /**')
        lines.append('     * The code as written in FA XML and JSON.')
        lines.append('     *')
        lines.append('     * @return the code')
        lines.append('     */')
        lines.append('    public String value() {')
        lines.append('        return value;')
        lines.append('    }')
        lines.append('')
        lines.append('    /**')
        lines.append('     * The constant for a code.')
        lines.append('     *')
        lines.append('     * @param value the code as written in FA XML and JSON')
        lines.append('     * @return the constant')
        lines.append('     * @throws IllegalArgumentException if the code is not in the list')
        lines.append('     */')
        lines.append('    public static %s fromValue(String value) {' % jname)
        lines.append('        for (%s c : values()) {' % jname)
        lines.append('            if (c.value.equals(value)) {')
        lines.append('                return c;')
        lines.append('            }')
        lines.append('        }')
        lines.append('        throw new IllegalArgumentException("not a %s code: " + value);' % (st.name if not st.anonymous else jname))
        lines.append('    }')
        lines.append('}')
        return '\n'.join(lines) + '\n'

    def class_source(self, ct):
        pkg = self.cfg['java_package']
        name = ct.java
        imports = {'jakarta.xml.bind.annotation.XmlType', 'java.util.Objects', 'org.jspecify.annotations.Nullable'}
        members = self.members(ct)
        if ct.simple_content is not None or ct.attributes:
            imports.add('jakarta.xml.bind.annotation.XmlAttribute')
        if ct.simple_content is not None:
            imports.add('jakarta.xml.bind.annotation.XmlValue')
        if ct.particle is not None:
            imports.add('jakarta.xml.bind.annotation.XmlElement')
        if not ct.attributes:
            imports.discard('jakarta.xml.bind.annotation.XmlAttribute')
        if ct.simple_content is not None:
            imports.add('jakarta.xml.bind.annotation.XmlAttribute')
        for m in members:
            jt = m[1]
            if jt == 'BigDecimal':
                imports.add('java.math.BigDecimal')
            elif jt == 'LocalDate':
                imports.add('java.time.LocalDate')
            elif jt == 'OffsetDateTime':
                imports.add('java.time.OffsetDateTime')
            if m[2]:
                imports.update({'java.util.ArrayList', 'java.util.Collections', 'java.util.List'})
        extra = self.fill(self.cfg['extra_code'].get(name, ''))
        if name == 'Faktura':
            imports.add('jakarta.xml.bind.annotation.XmlRootElement')
            imports.add('io.github.acubepl.model.InvoiceModel')
            extra += self.fill(ROOT_EXTRA_CODE)
        if 'OffsetDateTime' in extra:
            imports.add('java.time.OffsetDateTime')
        defaults = self.cfg['defaults'].get(name, {})

        L = ['package %s;' % pkg, '']
        for imp in sorted(i for i in imports if i.startswith('jakarta') or i.startswith('io.')):
            L.append('import %s;' % imp)
        L.append('')
        for imp in sorted(i for i in imports if i.startswith('java.')):
            L.append('import %s;' % imp)
        L.append('import org.jspecify.annotations.Nullable;')
        L.append('')
        tdoc = self.doc(self.doc_key(ct, ct.doc_key), 'Element ' + name + '.')
        paths = self.class_paths.get(name, [])
        if ct.anonymous and len(paths) > 1:
            origin = 'Schema elements {@code %s} (%s), whose types have the same content.' % (
                ct.name, ', '.join(paths))
        elif ct.anonymous:
            origin = 'Schema element {@code %s} (%s).' % (ct.name, ct.doc_key)
        else:
            origin = 'Schema type {@code %s}.' % ct.name
        choice_note = None
        if any(m[6] for m in members):
            choice_note = ('Some elements are alternatives (an XSD choice): setting one of them to a '
                           'non-null value clears the others, so only one branch is ever filled.')
        L.append(javadoc([javadoc_text(tdoc), origin, choice_note,
                          'Instances are mutable JAXB beans; build them with {@link #builder()}. '
                          'Validity is checked by the validator of {@code acube-mapping}, not here.'], ''))
        if name == 'Faktura':
            L.append('@XmlRootElement(name = "Faktura")')
        prop_order = ', '.join(jstr(m[0]) for m in members if m[3] == 'element')
        L.append('@XmlType(name = %s, propOrder = {%s})' % (jstr('' if ct.anonymous else ct.name), prop_order))
        L.append('public final class %s%s {' % (name, ' implements InvoiceModel' if name == 'Faktura' else ''))
        # fields
        for (field, jt, is_list, kind, xname, extra_info, excl, doc) in members:
            if kind == 'value':
                L.append('    @XmlValue')
            elif kind == 'attribute':
                L.append('    @XmlAttribute(name = %s%s)' % (jstr(xname), ', required = true' if extra_info else ''))
            else:
                req = extra_info.required and not is_list
                L.append('    @XmlElement(name = %s%s)' % (jstr(xname), ', required = true' if req else ''))
            ftype = 'List<%s>' % jt if is_list else jt
            L.append('    private @Nullable %s %s;' % (ftype, field))
            L.append('')
        # constructors
        L.append('    /** Creates an empty instance%s. */' % (' with the schema\'s fixed values filled in' if defaults else ''))
        L.append('    public %s() {' % name)
        for f, v in defaults.items():
            L.append('        this.%s = %s;' % (f, v))
        L.append('    }')
        L.append('')
        L.append('    private %s(%s other) {' % (name, name))
        for (field, jt, is_list, *_rest) in members:
            if is_list:
                L.append('        this.%s = other.%s == null ? null : new ArrayList<>(other.%s);' % (field, field, field))
            else:
                L.append('        this.%s = other.%s;' % (field, field))
        L.append('    }')
        if extra:
            L.append(extra.rstrip('\n'))
        # accessors
        for (field, jt, is_list, kind, xname, info, excl, doc) in members:
            prop = self.prop(field, (kind, xname))
            what = ('element {@code %s}' % xname) if kind == 'element' else (
                'attribute {@code %s}' % xname if kind == 'attribute' else 'the text content')
            occurs = ''
            if kind == 'element':
                e = info
                if is_list:
                    occurs = ' %s, up to %s values.' % ('At least one value' if e.required else 'Optional',
                                                        'any number of' if e.max is None else e.max)
                else:
                    occurs = ' Required.' if e.required else ' Optional.'
                if excl:
                    occurs += ' An alternative to %s.' % ', '.join(
                        '{@code %s}' % next(m[4] for m in members if m[0] == x) for x in excl)
            ddoc = javadoc_text(doc)
            if is_list:
                L.append('')
                L.append(javadoc(['Returns %s: %s' % (what, ddoc), occurs.strip() or None,
                                  '@return an unmodifiable view of the values (empty when there are none)']))
                L.append('    public List<%s> get%s() {' % (jt, prop))
                L.append('        return %s == null ? List.of() : Collections.unmodifiableList(%s);' % (field, field))
                L.append('    }')
                L.append('')
                L.append(javadoc(['Replaces the values of %s.' % what,
                                  ('Setting a non-empty list clears the alternative elements of the choice.' if excl else None),
                                  '@param values the new values; {@code null} or empty removes them']))
                L.append('    public void set%s(@Nullable List<%s> values) {' % (prop, jt))
                L.append('        this.%s = values == null || values.isEmpty() ? null : new ArrayList<>(values);' % field)
                if excl:
                    L.append('        if (this.%s != null) {' % field)
                    for x in excl:
                        L.append('            this.%s = null;' % x)
                    L.append('        }')
                L.append('    }')
                L.append('')
                L.append(javadoc(['Appends a value of %s.' % what,
                                  ('Clears the alternative elements of the choice.' if excl else None),
                                  '@param value the value to append']))
                L.append('    public void add%s(%s value) {' % (prop, jt))
                L.append('        if (this.%s == null) {' % field)
                L.append('            this.%s = new ArrayList<>();' % field)
                L.append('        }')
                L.append('        this.%s.add(Objects.requireNonNull(value, "value"));' % field)
                for x in excl:
                    L.append('        this.%s = null;' % x)
                L.append('    }')
            else:
                L.append('')
                L.append(javadoc(['Returns %s: %s' % (what, ddoc), occurs.strip() or None,
                                  '@return the value, or {@code null} when absent']))
                L.append('    public @Nullable %s get%s() {' % (jt, prop))
                L.append('        return %s;' % field)
                L.append('    }')
                L.append('')
                L.append(javadoc(['Sets %s.' % what,
                                  ('A non-null value clears the alternative elements of the choice.' if excl else None),
                                  '@param value the new value, or {@code null} to remove it']))
                L.append('    public void set%s(@Nullable %s value) {' % (prop, jt))
                L.append('        this.%s = value;' % field)
                if excl:
                    L.append('        if (value != null) {')
                    for x in excl:
                        L.append('            this.%s = null;' % x)
                    L.append('        }')
                L.append('    }')
        # special combined setter for two-element branches used by extra code
        if name in ('DaneIdentyfikacyjne', 'DaneIdentyfikacyjnePodatnika') and self.version == 'fa1':
            L.append('')
            L.append(javadoc(['Identifies a natural person by first name and surname ({@code ImiePierwsze}, '
                              '{@code Nazwisko}); clears {@code PelnaNazwa}.',
                              '@param firstName the first name', '@param lastName the surname']))
            L.append('    public void setOsobaFizyczna(@Nullable String firstName, @Nullable String lastName) {')
            L.append('        setImiePierwsze(firstName);')
            L.append('        setNazwisko(lastName);')
            L.append('    }')
        # builder
        L.append('')
        L.append(javadoc(['Starts building a {@code %s}.' % name, '@return a new builder']))
        L.append('    public static Builder builder() {')
        L.append('        return new Builder();')
        L.append('    }')
        # equals/hashCode/toString
        L.append('')
        L.append('    @Override')
        L.append('    public boolean equals(@Nullable Object o) {')
        L.append('        if (this == o) {')
        L.append('            return true;')
        L.append('        }')
        L.append('        if (!(o instanceof %s)) {' % name)
        L.append('            return false;')
        L.append('        }')
        L.append('        %s other = (%s) o;' % (name, name))
        cmp = []
        for (field, jt, is_list, *_r) in members:
            if is_list:
                cmp.append('get%s().equals(other.get%s())' % (self.prop(field, _r), self.prop(field, _r)))
            else:
                cmp.append('Objects.equals(%s, other.%s)' % (field, field))
        L.append('        return ' + '\n                && '.join(cmp) + ';')
        L.append('    }')
        L.append('')
        L.append('    @Override')
        L.append('    public int hashCode() {')
        hs = []
        for (field, jt, is_list, *_r) in members:
            hs.append('get%s()' % self.prop(field, _r) if is_list else field)
        L.append('        return Objects.hash(' + ', '.join(hs) + ');')
        L.append('    }')
        L.append('')
        L.append('    @Override')
        L.append('    public String toString() {')
        L.append('        StringBuilder sb = new StringBuilder("%s[");' % name)
        L.append('        String sep = "";')
        for (field, jt, is_list, kind, xname, *_r) in members:
            label = xname if kind != 'value' else 'value'
            if is_list:
                L.append('        if (%s != null) {' % field)
            else:
                L.append('        if (%s != null) {' % field)
            L.append('            sb.append(sep).append("%s=").append(%s);' % (label, field))
            L.append('            sep = ", ";')
            L.append('        }')
        L.append('        return sb.append(\']\').toString();')
        L.append('    }')
        # Builder class
        L.append('')
        L.append(javadoc(['Builds {@code %s} instances; each method sets one element or attribute.' % name,
                          'A builder can be reused: {@link #build()} returns a copy.']))
        L.append('    public static final class Builder {')
        L.append('        private final %s value = new %s();' % (name, name))
        L.append('')
        L.append('        private Builder() {')
        L.append('        }')
        for (field, jt, is_list, kind, xname, info, excl, doc) in members:
            prop = self.prop(field, (kind, xname))
            what = ('{@code %s}' % xname) if kind != 'value' else 'the text content'
            if is_list:
                L.append('')
                L.append(javadoc(['Sets the values of %s.' % what, '@param values the values',
                                  '@return this builder', '@see %s#set%s(List)' % (name, prop)], '        '))
                L.append('        public Builder %s(@Nullable List<%s> values) {' % (field, jt))
                L.append('            value.set%s(values);' % prop)
                L.append('            return this;')
                L.append('        }')
                L.append('')
                L.append(javadoc(['Appends a value of %s.' % what, '@param item the value',
                                  '@return this builder', '@see %s#add%s(%s)' % (name, prop, jt.split('<')[0])], '        '))
                L.append('        public Builder add%s(%s item) {' % (prop, jt))
                L.append('            value.add%s(item);' % prop)
                L.append('            return this;')
                L.append('        }')
            else:
                L.append('')
                L.append(javadoc(['Sets %s.' % what, '@param v the value', '@return this builder',
                                  '@see %s#set%s(%s)' % (name, prop, jt)], '        '))
                L.append('        public Builder %s(@Nullable %s v) {' % (field, jt))
                L.append('            value.set%s(v);' % prop)
                L.append('            return this;')
                L.append('        }')
                if jt == 'Long':
                    L.append('')
                    L.append(javadoc(['Sets %s.' % what, '@param v the value', '@return this builder'], '        '))
                    L.append('        public Builder %s(long v) {' % field)
                    L.append('            value.set%s(v);' % prop)
                    L.append('            return this;')
                    L.append('        }')
        L.append('')
        L.append(javadoc(['Returns a new {@code %s} with the values set so far.' % name,
                          '@return a new instance'], '        '))
        L.append('        public %s build() {' % name)
        L.append('            return new %s(value);' % name)
        L.append('        }')
        L.append('    }')
        L.append('}')
        return '\n'.join(L) + '\n'

    def prop(self, field, rest):
        kind, xname = rest[0], rest[1]
        if kind == 'value':
            return 'Value'
        if kind == 'attribute':
            return field[0].upper() + field[1:]
        return xname

    def ct_java(self, ct):
        if ct.java is None:  # simple content without attributes: the value itself
            return self.java_type(ct.simple_content)
        return ct.java

    def write_package_info(self):
        pkg = self.cfg['java_package']
        path = os.path.join(self.out, 'acube-model', 'src', 'main', 'java', *pkg.split('.'), 'package-info.java')
        text = '''/**
 * The %(label)s invoice model: one class per element or type of the official schema
 * ({@code %(main)s}, namespace {@code %(ns)s}), in schema order, with JAXB annotations.
 *
 * <p>Amounts are {@link java.math.BigDecimal}, dates {@link java.time.LocalDate}, time stamps
 * {@link java.time.OffsetDateTime}; code lists are Java enums. Class, field and method names keep
 * the schema's Polish element names; the documentation is in English.
 *
 * <p>Start with {@link %(pkg)s.Faktura} (the document: {@code Faktura.builder()}),
 * {@link %(pkg)s.Naglowek} (the header: {@code Naglowek.of(created)}), {@link %(pkg)s.Podmiot1}
 * and {@link %(pkg)s.Podmiot2} (seller and buyer, identified through
 * {@link %(pkg)s.DaneIdentyfikacyjne} and located by {@link %(pkg)s.Adres}), and
 * {@link %(pkg)s.Fa} (dates, totals per VAT rate and the {@link %(pkg)s.FaWiersz} lines). The
 * engine that reads, validates and converts these documents is {@code InvoiceMapper} in
 * {@code acube-mapping}.
 *
 * <p>Generated by {@code tools/codegen/fa_codegen.py %(version)s}; do not edit by hand.
 */
@XmlSchema(namespace = "%(ns)s", elementFormDefault = XmlNsForm.QUALIFIED)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapters({
    @XmlJavaTypeAdapter(value = LocalDateAdapter.class, type = LocalDate.class),
    @XmlJavaTypeAdapter(value = OffsetDateTimeAdapter.class, type = OffsetDateTime.class)
})
@NullMarked
package %(pkg)s;

import io.github.acubepl.model.internal.LocalDateAdapter;
import io.github.acubepl.model.internal.OffsetDateTimeAdapter;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.NullMarked;
''' % {'label': self.cfg['label'], 'main': self.cfg['main'], 'ns': self.schema.tns, 'version': self.version,
       'pkg': pkg}
        write(path, text)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def load_json(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser(description='Generates the FA model and schema encoding from the official XSDs.')
    ap.add_argument('versions', nargs='+', choices=sorted(VERSIONS) + ['all'], metavar='VERSION',
                    help='fa1, fa2, fa3 or all')
    ap.add_argument('--ksef-dir', default=os.path.join(ROOT, '..', 'shared', 'ksef'),
                    help='the folder holding fa1/schema, fa2/schema, fa3/schema (default: ../shared/ksef)')
    ap.add_argument('--out', default=ROOT,
                    help='the repository root to write into (default: this repository); the drift test '
                         'writes into a temporary folder and compares')
    ap.add_argument('--missing-docs', action='store_true',
                    help='list the schema paths without English documentation, with their Polish text')
    ap.add_argument('--review', action='store_true',
                    help='list the English texts shared by versions whose Polish documentation differs, to '
                         'check that the element means the same in each')
    args = ap.parse_args()
    versions = sorted(VERSIONS) if 'all' in args.versions else args.versions
    generators = []
    for version in versions:
        g = Generator(version, args.ksef_dir, args.out)
        generators.append(g)
        g.write_schema()
        g.write_model()
        g.write_package_info()
        print('%s: generated %d classes, %d enums, %d simple types' % (
            version, len(g.model_classes), g.enum_count(), len(g.simple_order)))
        if args.missing_docs:
            for key, pl in g.missing_docs:
                print('  missing %s\t%s' % (key, pl or ''))
    if args.review:
        review(generators)


def review(generators):
    """Prints each shared English text whose Polish source differs between versions."""
    keys = sorted({k for g in generators for k in g.used_docs})
    for key in keys:
        text = generators[0].docs.get(key)
        if not isinstance(text, str):
            continue
        polish = {}
        for g in generators:
            if key in g.used_docs:
                pl = g.schema.pl.get(key) or ''
                polish.setdefault(normalize(pl), []).append((g.version, pl))
        if len(polish) > 1:
            print('%s\n  EN: %s' % (key, text))
            for variants in polish.values():
                print('  %s: %s' % (' '.join(v for v, _ in variants), variants[0][1]))


def normalize(text):
    return re.sub(r'[^a-z0-9ąćęłńóśźż]+', ' ', text.lower()).strip()


if __name__ == '__main__':
    main()
