//! Per-rule fixtures: for each translation rule, a tiny plain-Fluent workspace that makes it
//! fire (rule, file, line and column asserted) and a near miss that must stay silent.
//!
//! Every fixture asserts the *whole* list of findings, so a near miss also proves that no
//! other rule fires on it.

mod common;

use common::TestWs;
use polyguide::{Diagnostic, Severity};

const SRC: &str = "locales/en/app.ftl";

/// A workspace with the source `locales/en/app.ftl` and one translation of it.
fn pair(locale: &str, source: &str, translation: &str) -> TestWs {
    let path = format!("locales/{locale}/app.ftl");
    TestWs::new(&[locale], &[(SRC, source), (path.as_str(), translation)])
}

/// Every finding as `"rule path:line:col"`, sorted.
fn found(ws: &TestWs) -> Vec<String> {
    let mut out: Vec<String> = ws
        .lint()
        .diagnostics
        .iter()
        .map(|d| format!("{} {}:{}:{}", d.rule, d.path, d.line, d.column))
        .collect();
    out.sort();
    out
}

/// The findings of one rule.
fn of_rule(ws: &TestWs, rule: &str) -> Vec<Diagnostic> {
    ws.lint()
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

/// `"rule locales/<locale>/app.ftl:line:col"`.
fn at(rule: &str, locale: &str, line: u32, col: u32) -> String {
    format!("{rule} locales/{locale}/app.ftl:{line}:{col}")
}

fn none() -> Vec<String> {
    Vec::new()
}

// ---------------------------------------------------------------------------------------
// missing-attribute

#[test]
fn missing_attribute_fires_on_a_dropped_message_attribute() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 1, 1)]);
    let d = &of_rule(&ws, "missing-attribute")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.locale.as_deref(), Some("fr"));
    assert_eq!(d.id.as_deref(), Some("login-input"));
    assert!(d.message.contains(".placeholder"), "{}", d.message);
}

#[test]
fn missing_attribute_fires_on_a_dropped_term_attribute() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\n",
        "# Terms\n-brand = Acme\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 2, 1)]);
    assert_eq!(
        of_rule(&ws, "missing-attribute")[0].id.as_deref(),
        Some("-brand")
    );
}

#[test]
fn missing_attribute_is_silent_when_every_attribute_is_translated() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n-brand = Acme\n    .gender = masculine\n",
        "login-input = Courriel\n    .placeholder = nom@exemple.com\n-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// obsolete-attribute

#[test]
fn a_misspelt_term_attribute_is_a_missing_attribute_not_an_obsolete_one() {
    // Translations may add grammatical term attributes, so only the missing one is reported.
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\n",
        "-brand = Acme\n    .genre = masculine\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 1, 1)]);
    let d = &of_rule(&ws, "missing-attribute")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("-brand"));
}

#[test]
fn obsolete_attribute_suggests_a_one_edit_misspelling() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n    .placeholdr = nom@exemple.com\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-attribute", "fr", 1, 1),
            at("obsolete-attribute", "fr", 2, 6),
        ]
    );
    assert_eq!(
        of_rule(&ws, "obsolete-attribute")[0].help.as_deref(),
        Some("did you mean `.placeholder`?")
    );
}

#[test]

fn obsolete_attribute_suggests_placeholder_for_placeholdr_as_documented() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n    .placeholdr = nom@exemple.com\n",
    );
    assert_eq!(
        of_rule(&ws, "obsolete-attribute")[0].help.as_deref(),
        Some("did you mean `.placeholder`?")
    );
}

#[test]
fn obsolete_attribute_is_silent_on_a_grammatical_term_attribute_the_translation_adds() {
    let ws = pair(
        "fr",
        "-brand = Acme\n",
        "-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), Vec::<String>::new());
}

#[test]
fn obsolete_attribute_fires_on_an_extra_message_attribute() {
    let ws = pair(
        "fr",
        "menu = Menu\n    .title = Open the menu\n",
        "menu = Le menu\n    .title = Ouvrir le menu\n    .tooltip = Ouvrir\n",
    );
    assert_eq!(found(&ws), [at("obsolete-attribute", "fr", 3, 6)]);
}

#[test]
fn obsolete_attribute_is_silent_when_attribute_sets_match() {
    let ws = pair(
        "fr",
        "menu = Menu\n    .title = Open the menu\n-brand = Acme\n    .gender = masculine\n",
        "menu = Le menu\n    .title = Ouvrir le menu\n-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// obsolete-value

#[test]
fn obsolete_value_fires_when_the_source_has_only_attributes() {
    let ws = pair(
        "fr",
        "menu-save =\n    .label = Save\n",
        "menu-save = Enregistrer\n    .label = Enregistrer\n",
    );
    assert_eq!(found(&ws), [at("obsolete-value", "fr", 1, 1)]);
    assert_eq!(
        of_rule(&ws, "obsolete-value")[0].severity,
        Severity::Warning
    );
}

#[test]
fn obsolete_value_is_silent_on_an_attributes_only_translation() {
    let ws = pair(
        "fr",
        "menu-save =\n    .label = Save\n",
        "menu-save =\n    .label = Enregistrer\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// unknown-variable / missing-variable

#[test]
fn misspelt_variable_is_unknown_with_a_suggestion_and_the_real_one_missing() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\n",
        "downloads = { $cont } Dateien heruntergeladen\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("unknown-variable", "de", 1, 15),
        ]
    );
    let unknown = &of_rule(&ws, "unknown-variable")[0];
    assert_eq!(unknown.severity, Severity::Error);
    assert_eq!(unknown.id.as_deref(), Some("downloads"));
    assert_eq!(unknown.help.as_deref(), Some("did you mean `$count`?"));
    assert_eq!(
        of_rule(&ws, "missing-variable")[0].severity,
        Severity::Warning
    );
}

#[test]

fn transposed_variable_name_gets_a_suggestion() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\n",
        "downloads = { $cuont } Dateien heruntergeladen\n",
    );
    assert_eq!(
        of_rule(&ws, "unknown-variable")[0].help.as_deref(),
        Some("did you mean `$count`?")
    );
}

#[test]
fn unknown_variable_positions_hold_in_crlf_and_bom_files() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\r\nsize = { $size } MB\r\n",
        "\u{feff}downloads = { $cont } Dateien heruntergeladen\r\nsize = { $groesse } MB\r\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("missing-variable", "de", 2, 1),
            at("unknown-variable", "de", 1, 15),
            at("unknown-variable", "de", 2, 10),
        ]
    );
}

#[test]
fn unknown_variable_fires_in_an_attribute_once_per_name() {
    let ws = pair(
        "de",
        "login = Log in\n    .title = Log in as { $user }\n",
        "login = Anmelden\n    .title = Als { $user } ({ $mail }, { $mail }) anmelden\n",
    );
    assert_eq!(found(&ws), [at("unknown-variable", "de", 2, 31)]);
}

#[test]
fn missing_variable_fires_when_every_variant_drops_it() {
    let ws = pair(
        "de",
        "welcome = Welcome, { $user }!\n",
        "welcome = Willkommen!\n",
    );
    assert_eq!(found(&ws), [at("missing-variable", "de", 1, 1)]);
}

#[test]
fn variable_used_in_only_one_variant_counts_as_used() {
    let ws = pair(
        "de",
        "shared = { $count ->\n    [one] { $user } shared a photo\n   *[other] { $user } shared { $count } photos\n}\n",
        "shared = { $count ->\n    [one] Ein Foto geteilt\n   *[other] { $user } hat { $count } Fotos geteilt\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn number_selector_with_a_renamed_variable_fires_both_rules() {
    let ws = pair(
        "de",
        "items = { NUMBER($n) ->\n    [one] One item\n   *[other] { $n } items\n}\n",
        "items = { NUMBER($m) ->\n    [one] Ein Element\n   *[other] { $m } Elemente\n}\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("unknown-variable", "de", 1, 18),
        ]
    );
    assert_eq!(
        of_rule(&ws, "unknown-variable")[0].help.as_deref(),
        Some("did you mean `$n`?")
    );
}

#[test]
fn number_selector_alone_counts_as_using_its_variable() {
    let ws = pair(
        "de",
        "items = { NUMBER($n) ->\n    [one] One item\n   *[other] { $n } items\n}\n",
        "items = { NUMBER($n) ->\n    [one] Ein Element\n   *[other] Elemente\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn term_parameters_are_not_unknown_variables() {
    let ws = pair(
        "de",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acme's\n}\nabout = About { -brand }\n",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acmes\n}\nabout = Über { -brand(case: \"gen\") } App\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn a_translation_may_give_a_term_a_parameter_the_source_has_not() {
    let ws = pair(
        "de",
        "-brand = Acme\nabout = About { -brand }\n",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acmes\n}\nabout = Über { -brand(case: \"gen\") } App\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// unknown-reference

#[test]
fn unknown_message_reference_fires_with_a_suggestion() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings }.\n",
        "settings = Paramètres\nhint = Ouvrez { setings }.\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("reference-mismatch", "fr", 2, 1),
            at("unknown-reference", "fr", 2, 17),
        ]
    );
    let d = &of_rule(&ws, "unknown-reference")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("hint"));
    assert_eq!(d.help.as_deref(), Some("did you mean `settings`?"));
}

#[test]
fn unknown_term_reference_fires_at_the_dash() {
    let ws = pair(
        "fr",
        "-brand = Acme\nabout = About { -brand }\n",
        "-brand = Acme\nabout = À propos de { -brnd }\n",
    );
    assert_eq!(found(&ws), [at("unknown-reference", "fr", 2, 23)]);
    assert_eq!(
        of_rule(&ws, "unknown-reference")[0].help.as_deref(),
        Some("did you mean `-brand`?")
    );
}

#[test]
fn unknown_term_attribute_in_a_selector_fires_even_if_the_source_term_has_it() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Acme\nwelcome = { -brand.gender ->\n    [feminine] Bienvenue dans la { -brand }\n   *[other] Bienvenue dans le { -brand }\n}\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-attribute", "fr", 1, 1),
            at("unknown-reference", "fr", 2, 13),
        ]
    );
    let d = &of_rule(&ws, "unknown-reference")[0];
    assert!(d.message.contains(".gender"), "{}", d.message);
}

#[test]
fn term_attribute_in_a_selector_is_silent_when_the_locale_defines_it() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Acme\n    .gender = feminine\nwelcome = { -brand.gender ->\n    [feminine] Bienvenue dans la { -brand }\n   *[other] Bienvenue dans le { -brand }\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn message_defined_only_in_the_source_is_a_known_reference() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings }.\n",
        "hint = Ouvrez { settings }.\n",
    );
    // `settings` itself is untranslated (the runtime falls back to English), but the
    // reference resolves.
    assert!(of_rule(&ws, "unknown-reference").is_empty());
    assert_eq!(
        found(&ws)
            .into_iter()
            .filter(|f| !f.starts_with("missing-message "))
            .collect::<Vec<_>>(),
        none()
    );
}

fn pt_workspace(with_fallback: bool) -> TestWs {
    let ws = TestWs::new(
        &["pt-BR", "pt-PT"],
        &[
            (SRC, "about = About the app\n"),
            ("locales/pt-PT/app.ftl", "about = Sobre a aplicação\n"),
            // A term only Portuguese needs, in a file of its own.
            ("locales/pt-PT/terms.ftl", "-marca = Acme\n"),
            ("locales/pt-BR/app.ftl", "about = Sobre a { -marca }\n"),
        ],
    );
    if with_fallback {
        ws.write(
            "polyguide.toml",
            "source-locale = \"en\"\nlocales = [\"pt-BR\", \"pt-PT\"]\n\n[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n",
        );
    }
    ws
}

#[test]
fn term_defined_in_a_configured_fallback_locale_is_known() {
    let ws = pt_workspace(true);
    // pt-PT's own term is not in the source; pt-BR resolves it through pt-PT.
    assert_eq!(found(&ws), ["obsolete-message locales/pt-PT/terms.ftl:1:1"]);
}

#[test]
fn term_defined_in_another_locale_without_fallback_is_unknown() {
    let ws = pt_workspace(false);
    assert_eq!(
        found(&ws),
        [
            "obsolete-message locales/pt-PT/terms.ftl:1:1".to_string(),
            at("unknown-reference", "pt-BR", 1, 19),
        ]
    );
}

#[test]
fn term_attribute_is_looked_up_on_the_fallback_definition_only() {
    // pt-BR has no `-brand`: the runtime uses pt-PT's, which lacks `.gender`, and attributes
    // do not fall back to the source separately.
    let ws = TestWs::new(
        &["pt-BR", "pt-PT"],
        &[
            (SRC, "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n"),
            ("locales/pt-PT/app.ftl", "-brand = Acme\nwelcome = Bem-vindo à { -brand }\n"),
            (
                "locales/pt-BR/app.ftl",
                "welcome = { -brand.gender ->\n    [feminine] Bem-vindo à { -brand }\n   *[other] Bem-vindo ao { -brand }\n}\n",
            ),
        ],
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"pt-BR\", \"pt-PT\"]\n\n[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n",
    );
    let findings: Vec<String> = found(&ws)
        .into_iter()
        .filter(|f| !f.starts_with("missing-message "))
        .collect();
    assert_eq!(
        findings,
        [
            at("missing-attribute", "pt-PT", 1, 1),
            at("unknown-reference", "pt-BR", 1, 13),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// reference-mismatch

#[test]
fn reference_mismatch_fires_when_a_message_reference_is_dropped() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings } to change it.\n",
        "settings = Paramètres\nhint = Ouvrez les Paramètres pour le modifier.\n",
    );
    assert_eq!(found(&ws), [at("reference-mismatch", "fr", 2, 1)]);
    assert_eq!(
        of_rule(&ws, "reference-mismatch")[0].severity,
        Severity::Warning
    );
}

#[test]
fn reference_mismatch_fires_on_an_attribute_at_its_name() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Hint\n    .title = Open { settings }\n",
        "settings = Paramètres\nhint = Astuce\n    .title = Ouvrez les Paramètres\n",
    );
    assert_eq!(found(&ws), [at("reference-mismatch", "fr", 3, 6)]);
}

#[test]
fn reference_mismatch_is_silent_when_references_match_and_terms_differ() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsettings = Settings\nhint = Open { settings } in { -brand }.\n",
        "-brand = Acme\nsettings = Paramètres\nhint = Ouvrez { settings }.\n",
    );
    // The dropped term is `missing-term-reference`'s, not this rule's.
    assert_eq!(found(&ws), [at("missing-term-reference", "fr", 3, 1)]);
}

// ---------------------------------------------------------------------------------------
// missing-term

#[test]
fn missing_term_fires_on_a_hard_coded_term_value() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsupport = Contact { -brand } support\n",
        "-brand = Acme\nsupport = Contacter le support Acme\n",
    );
    assert_eq!(found(&ws), [at("missing-term", "fr", 2, 1)]);
    let d = &of_rule(&ws, "missing-term")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.id.as_deref(), Some("support"));
}

#[test]
fn missing_term_is_silent_when_the_term_is_used() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsupport = Contact { -brand } support\n",
        "-brand = Acme\nsupport = Contacter le support { -brand }\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn missing_term_ignores_a_word_that_merely_contains_the_value() {
    let ws = pair(
        "fr",
        "-brand = Mi\nvisit = Visit the { -brand } store in Miami\n",
        "-brand = Mi\nvisit = Visitez la boutique de Miami\n",
    );
    // "Miami" is no hard-coded "Mi"; the brand is simply gone.
    assert_eq!(found(&ws), [at("missing-term-reference", "fr", 2, 1)]);
}

#[test]
fn missing_term_fires_on_a_whole_word_copy_of_a_short_value() {
    let ws = pair(
        "fr",
        "-brand = Mi\nvisit = Visit the { -brand } store in Miami\n",
        "-brand = Mi\nvisit = Visitez la boutique Mi de Miami\n",
    );
    assert_eq!(found(&ws), [at("missing-term", "fr", 2, 1)]);
}

// ---------------------------------------------------------------------------------------
// missing-plural-category

const FILES_EN: &str = "files = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n";

#[test]
fn russian_plural_with_one_and_other_lacks_few_and_many() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("few, many"), "{}", d.message);
    assert!(!d.message.contains("other"), "{}", d.message);
}

#[test]
fn russian_plural_with_a_number_selector_is_checked() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { NUMBER($n) ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
}

#[test]
fn russian_plural_with_all_four_categories_is_silent() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n    [many] { $n } файлов\n   *[other] { $n } файла\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn japanese_and_chinese_need_only_other() {
    let ws = TestWs::new(
        &["ja", "zh-CN"],
        &[
            (SRC, FILES_EN),
            (
                "locales/ja/app.ftl",
                "files = { $n ->\n   *[other] { $n } 個のファイル\n}\n",
            ),
            (
                "locales/zh-CN/app.ftl",
                "files = { $n ->\n   *[other] { $n } 个文件\n}\n",
            ),
        ],
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn arabic_needs_six_categories() {
    let ws = pair(
        "ar",
        FILES_EN,
        "files = { $n ->\n    [zero] لا ملفات\n    [one] ملف واحد\n    [two] ملفان\n   *[other] { $n } ملف\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ar", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert!(d.message.contains("few, many"), "{}", d.message);
    assert!(d.message.contains(" ar "), "{}", d.message);
}

#[test]
fn arabic_with_all_six_categories_is_silent() {
    let ws = pair(
        "ar",
        FILES_EN,
        "files = { $n ->\n    [zero] لا ملفات\n    [one] ملف واحد\n    [two] ملفان\n    [few] { $n } ملفات\n    [many] { $n } ملفًا\n   *[other] { $n } ملف\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn gender_select_is_not_a_plural_select() {
    let ws = pair(
        "ru",
        "liked = { $gender ->\n   *[other] They liked your post\n}\n",
        "liked = { $gender ->\n    [masculine] Ему понравилось\n    [feminine] Ей понравилось\n   *[other] Им понравилось\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn select_on_a_term_attribute_is_not_a_plural_select() {
    let ws = pair(
        "ru",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Акме\n    .gender = one\nwelcome = { -brand.gender ->\n    [one] Добро пожаловать в { -brand }\n   *[other] Добро пожаловать в { -brand }\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn numeric_keys_beside_one_and_other_are_fine_in_english() {
    let ws = pair(
        "de",
        "files = { $n ->\n    [0] No files\n    [one] One file\n   *[other] { $n } files\n}\n",
        "files = { $n ->\n    [0] Keine Dateien\n    [one] Eine Datei\n   *[other] { $n } Dateien\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn source_plural_select_is_checked_against_the_source_locale() {
    let ws = pair(
        "de",
        "files = { $n ->\n    [zero] No files\n   *[other] { $n } files\n}\n",
        "files = { $n ->\n    [one] Eine Datei\n   *[other] { $n } Dateien\n}\n",
    );
    // English has no `zero`: 0 is `other`, so `[zero]` is never chosen and `one` is missing.
    assert_eq!(
        found(&ws),
        [
            format!("invalid-plural-key {SRC}:2:6"),
            format!("missing-plural-category {SRC}:2:6")
        ]
    );
    assert_eq!(of_rule(&ws, "missing-plural-category")[0].locale, None);
}

#[test]
fn a_plural_select_the_source_lacks_is_checked_too() {
    let ws = pair(
        "ru",
        "files = { $n } files\n",
        "files = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
}

// ---------------------------------------------------------------------------------------
// duplicate-variant-key

#[test]
fn duplicate_variant_key_fires_on_the_second_key() {
    let ws = pair(
        "de",
        FILES_EN,
        "files = { $n ->\n    [one] Eine Datei\n    [one] { $n } Dateien\n   *[other] { $n } Dateien\n}\n",
    );
    assert_eq!(found(&ws), [at("duplicate-variant-key", "de", 3, 6)]);
    let d = &of_rule(&ws, "duplicate-variant-key")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("files"));
}

#[test]
fn same_key_in_two_different_selects_is_not_a_duplicate() {
    let ws = pair(
        "de",
        "moved = { $files ->\n    [one] One file\n   *[other] { $files } files\n} in { $dirs ->\n    [one] one folder\n   *[other] { $dirs } folders\n}\n",
        "moved = { $files ->\n    [one] Eine Datei\n   *[other] { $files } Dateien\n} in { $dirs ->\n    [one] einem Ordner\n   *[other] { $dirs } Ordnern\n}\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// url-mismatch

const OPEN_ID_EN: &str = "open-id = Go to https://id.mi.com in a web browser.\n";

#[test]
fn url_mismatch_fires_on_an_altered_url() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur https://id.mi.fr dans un navigateur.\n",
    );
    assert_eq!(found(&ws), [at("url-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "url-mismatch")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("https://id.mi.com"), "{}", d.message);
}

#[test]
fn url_mismatch_is_silent_on_a_url_in_french_quotes() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur « https://id.mi.com » dans un navigateur.\n",
    );
    assert_eq!(found(&ws), none());
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur «https://id.mi.com» dans un navigateur.\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn url_mismatch_is_silent_on_an_extra_url() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur https://id.mi.com dans un navigateur (aide : https://aide.mi.fr).\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn url_mismatch_is_silent_on_a_url_in_japanese_brackets() {
    let ws = pair(
        "ja",
        OPEN_ID_EN,
        "open-id = ウェブブラウザで「https://id.mi.com」にアクセスします。\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn url_mismatch_is_silent_on_a_url_in_fullwidth_parentheses() {
    let ws = pair(
        "zh-CN",
        OPEN_ID_EN,
        "open-id = 在浏览器中打开（https://id.mi.com）网站。\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// markup-mismatch

#[test]
fn markup_mismatch_fires_on_a_missing_closing_tag() {
    let ws = pair(
        "fr",
        "tip = Press <b>Volume Up</b> and <b>Power</b>.\n",
        "tip = Appuyez sur <b>Volume +</b> et <b>Marche.\n",
    );
    assert_eq!(found(&ws), [at("markup-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "markup-mismatch")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message.contains("`</b>` 2× in the source, 1× here"),
        "{}",
        d.message
    );
}

#[test]
fn markup_mismatch_ignores_translated_attribute_values() {
    let ws = pair(
        "fr",
        "help = See <a href=\"x\" title=\"Help page\">the help</a>.\n",
        "help = Voir <a href=\"x\" title=\"Page d’aide\">l’aide</a>.\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn markup_in_plural_variants_is_compared_per_variant_not_summed() {
    let ws = pair(
        "ru",
        "files = { $n ->\n    [one] <b>{ $n }</b> file\n   *[other] <b>{ $n }</b> files\n}\n",
        "files = { $n ->\n    [one] <b>{ $n }</b> файл\n    [few] <b>{ $n }</b> файла\n    [many] <b>{ $n }</b> файлов\n   *[other] <b>{ $n }</b> файла\n}\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// untranslated

#[test]
fn untranslated_fires_on_identical_text() {
    let ws = pair(
        "fr",
        "cost = These tools often cost money.\n",
        "cost = These tools often cost money.\n",
    );
    assert_eq!(found(&ws), [at("untranslated", "fr", 1, 1)]);
    assert_eq!(of_rule(&ws, "untranslated")[0].severity, Severity::Info);
}

#[test]
fn untranslated_ignores_whitespace_differences() {
    let ws = pair(
        "fr",
        "cost = These tools often cost money.\n",
        "cost =\n    These tools often\n    cost money.\n",
    );
    assert_eq!(found(&ws), [at("untranslated", "fr", 1, 1)]);
}

#[test]
fn untranslated_skips_texts_with_nothing_to_translate_and_terms() {
    let text =
        "-brand = Acme\nbrand = { -brand }\ncount = { $n }\nlink = https://x.y\nanswer = 42\n";
    let ws = pair("fr", text, text);
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// whitespace-mismatch

#[test]
fn whitespace_mismatch_reports_a_doubled_space_as_an_info() {
    let ws = pair("fr", "hello = Hello world\n", "hello = Bonjour  le monde\n");
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "whitespace-mismatch")[0];
    assert_eq!(d.severity, Severity::Info);
    assert!(d.message.contains("doubled space"), "{}", d.message);
}

#[test]
fn whitespace_mismatch_fires_on_a_quoted_leading_space() {
    let ws = pair(
        "fr",
        "hello = Hello world\n",
        "hello = { \" \" }Bonjour le monde\n",
    );
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "whitespace-mismatch")[0];
    assert!(
        d.message.contains("starts with whitespace"),
        "{}",
        d.message
    );
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn whitespace_mismatch_fires_on_an_attribute_at_its_name() {
    let ws = pair(
        "fr",
        "save = Save\n    .title = Save the file\n",
        "save = Enregistrer\n    .title = Enregistrer le fichier{ \" \" }\n",
    );
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 2, 6)]);
}

#[test]
fn whitespace_mismatch_is_silent_when_the_source_has_the_same_doubled_space() {
    let ws = pair(
        "fr",
        "hello = Hello  world\n",
        "hello = Bonjour  le monde\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn multi_line_patterns_are_not_doubled_spaces() {
    let ws = pair(
        "fr",
        "intro =\n    First line.\n    Second line.\n",
        "intro =\n    Première ligne.\n      Deuxième ligne, en retrait.\n\n    Troisième { $n }.\n",
    );
    let findings: Vec<String> = found(&ws)
        .into_iter()
        .filter(|f| f.starts_with("whitespace-mismatch "))
        .collect();
    assert_eq!(findings, none());
    let ws = pair(
        "fr",
        "intro =\n    First line.\n    Second line.\n",
        "intro =\n    Première ligne.\n    Deuxième ligne.\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// [rules] severity overrides

#[test]
fn rules_table_turns_a_rule_off_and_changes_a_severity() {
    let ws = pair(
        "fr",
        &format!("cost = These tools often cost money.\n{OPEN_ID_EN}"),
        "cost = These tools often cost money.\nopen-id = Rendez-vous sur https://id.mi.fr.\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("untranslated", "fr", 1, 1),
            at("url-mismatch", "fr", 2, 1)
        ]
    );
    assert_eq!(of_rule(&ws, "url-mismatch")[0].severity, Severity::Warning);

    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[rules]\nuntranslated = \"off\"\nurl-mismatch = \"error\"\n",
    );
    assert_eq!(found(&ws), [at("url-mismatch", "fr", 2, 1)]);
    assert_eq!(of_rule(&ws, "url-mismatch")[0].severity, Severity::Error);
    let outcome = ws.lint();
    assert_eq!(outcome.count(Severity::Error), 1);
    assert_eq!(outcome.count(Severity::Info), 0);
    assert_eq!(outcome.locales[0].errors, 1);
    assert_eq!(outcome.locales[0].warnings, 0);
}

// ---------------------------------------------------------------------------------------
// missing-plural-category: the categories whole numbers reach

#[test]
fn french_one_and_other_are_enough_many_is_for_millions() {
    let ws = pair(
        "fr",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } fichier\n   *[other] { $n } fichiers\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn russian_one_few_many_are_enough_other_is_for_fractions() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n   *[many] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn hebrew_without_two_is_still_reported() {
    let ws = pair(
        "he",
        FILES_EN,
        "files = { $n ->\n    [one] קובץ אחד\n   *[other] { $n } קבצים\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "he", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert!(d.message.contains("categories two "), "{}", d.message);
}

#[test]
fn the_strict_cldr_set_can_be_asked_for() {
    let ws = pair(
        "fr",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } fichier\n   *[other] { $n } fichiers\n}\n",
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[checks]\nplural-categories = \"cldr\"\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "fr", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert!(d.message.contains("categories many "), "{}", d.message);
}

#[test]
fn an_unknown_plural_categories_choice_is_a_configuration_error() {
    let ws = pair("fr", FILES_EN, FILES_EN);
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[checks]\nplural-categories = \"all\"\n",
    );
    let e = polyguide::Workspace::open(ws.root())
        .unwrap_err()
        .to_string();
    assert!(e.contains("checks.plural-categories"), "{e}");
}

// ---------------------------------------------------------------------------------------
// invalid-plural-key

#[test]
fn invalid_plural_key_fires_on_a_translated_other() {
    let ws = pair(
        "ca",
        FILES_EN,
        "files = { $n ->\n    [one] Un fitxer\n   *[altres] { $n } fitxers\n}\n",
    );
    assert_eq!(found(&ws), [at("invalid-plural-key", "ca", 3, 6)]);
    let d = &of_rule(&ws, "invalid-plural-key")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("`[altres]`"), "{}", d.message);
    assert!(d.help.as_deref().unwrap().contains("one, many, other"));
}

#[test]
fn invalid_plural_key_fires_on_a_category_the_language_lacks() {
    let ws = pair(
        "fr",
        FILES_EN,
        "files = { $n ->\n    [one] Un fichier\n    [few] Quelques fichiers\n   *[other] { $n } fichiers\n}\n",
    );
    assert_eq!(found(&ws), [at("invalid-plural-key", "fr", 3, 6)]);
}

#[test]
fn invalid_plural_key_follows_the_source_when_every_key_is_translated() {
    let ws = pair(
        "ca",
        FILES_EN,
        "files = { NUMBER($n) ->\n    [un] Un fitxer\n   *[altres] { $n } fitxers\n}\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("invalid-plural-key", "ca", 2, 6),
            at("invalid-plural-key", "ca", 3, 6)
        ]
    );
}

#[test]
fn invalid_plural_key_is_silent_on_numbers_and_on_other_selects() {
    // Exact numbers are fine beside the categories.
    let ws = pair(
        "ca",
        FILES_EN,
        "files = { $n ->\n    [0] Cap fitxer\n    [one] Un fitxer\n   *[other] { $n } fitxers\n}\n",
    );
    assert_eq!(found(&ws), none());
    // A select on a gender is no plural select, even beside a plural source.
    let ws = pair(
        "ca",
        "liked = { $gender ->\n   *[other] They liked it\n}\n",
        "liked = { $gender ->\n    [masculine] Li ha agradat\n   *[altres] Els ha agradat\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn invalid_plural_key_trusts_no_guess_for_a_language_without_cldr_rules() {
    // CLDR has no plural rules for Guarani: its `[one]` may be right.
    let gn = "files = { $n ->\n    [one] Peteĩ marandu\n   *[other] { $n } marandu\n}\n";
    let ws = pair("gn", FILES_EN, gn);
    assert_eq!(found(&ws), none());
    // Japanese has rules, `other` only: its `[one]` is never chosen.
    let ja = "files = { $n ->\n    [one] 1 個のファイル\n   *[other] { $n } 個のファイル\n}\n";
    let ws = pair("ja", FILES_EN, ja);
    assert_eq!(found(&ws), [at("invalid-plural-key", "ja", 2, 6)]);
}

// ---------------------------------------------------------------------------------------
// missing-term-reference and extra-term-reference

const TERMS_EN: &str = "-brand = Acme\n-brand-short = Ac\n-recovery = Recovery mode\n";
const TERMS_FR: &str = "-brand = Acme\n-brand-short = Ac\n-recovery = Mode récupération\n";

#[test]
fn missing_term_reference_fires_on_a_dropped_term() {
    let ws = pair(
        "fr",
        &[TERMS_EN, "wipe = Open { -recovery } to wipe the phone.\n"].concat(),
        &[
            TERMS_FR,
            "wipe = Ouvrez le menu pour effacer le téléphone.\n",
        ]
        .concat(),
    );
    assert_eq!(found(&ws), [at("missing-term-reference", "fr", 4, 1)]);
    let d = &of_rule(&ws, "missing-term-reference")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("`{ -recovery }`"), "{}", d.message);
}

#[test]
fn missing_term_reference_is_quiet_when_missing_term_explains_it() {
    let ws = pair(
        "fr",
        &[TERMS_EN, "support = Contact { -brand } support\n"].concat(),
        &[TERMS_FR, "support = Contacter le support Acme\n"].concat(),
    );
    assert_eq!(found(&ws), [at("missing-term", "fr", 4, 1)]);
}

#[test]
fn extra_term_reference_fires_on_a_swapped_term() {
    let ws = pair(
        "fr",
        &[TERMS_EN, "title = Unlock your { -brand } phone\n"].concat(),
        &[
            TERMS_FR,
            "title = Déverrouiller votre téléphone { -brand-short }\n",
        ]
        .concat(),
    );
    assert_eq!(
        found(&ws),
        [
            at("extra-term-reference", "fr", 4, 1),
            at("missing-term-reference", "fr", 4, 1)
        ]
    );
    let d = &of_rule(&ws, "extra-term-reference")[0];
    assert!(d.message.contains("`{ -brand-short }`"), "{}", d.message);
    assert_eq!(
        d.help.as_deref(),
        Some("the source references `{ -brand }`")
    );
}

#[test]
fn term_references_are_silent_when_they_match_or_the_term_is_the_locales_own() {
    // The same term, once with a case parameter; and a term only French defines.
    let ws = pair(
        "fr",
        &[TERMS_EN, "title = Unlock your { -brand } phone\n"].concat(),
        &[
            TERMS_FR,
            "-le = le\ntitle = Déverrouiller { -le } téléphone { -brand(case: \"gen\") }\n",
        ]
        .concat(),
    );
    assert_eq!(found(&ws), [at("obsolete-message", "fr", 4, 1)]);
}

// ---------------------------------------------------------------------------------------
// number-mismatch

const HOLD_EN: &str = "hold = Hold Power for 10 seconds, then press it 3 times.\n";

#[test]
fn number_mismatch_fires_on_a_changed_number() {
    let ws = pair(
        "fr",
        HOLD_EN,
        "hold = Maintenez Marche pendant 5 secondes, puis appuyez 3 fois.\n",
    );
    assert_eq!(found(&ws), [at("number-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "number-mismatch")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("the number 10 "), "{}", d.message);
    assert!(d.help.as_deref().unwrap().contains("has 5 instead"));
}

#[test]
fn number_mismatch_compares_values_across_digit_systems() {
    let ws = TestWs::new(
        &["ar", "fa", "hi", "ja"],
        &[
            (SRC, HOLD_EN),
            (
                "locales/ar/app.ftl",
                "hold = اضغط مع الاستمرار على زر التشغيل لمدة ١٠ ثوانٍ، ثم اضغط عليه ٣ مرات.\n",
            ),
            (
                "locales/fa/app.ftl",
                "hold = دکمه روشن را ۱۰ ثانیه نگه دارید، سپس ۳ بار فشار دهید.\n",
            ),
            (
                "locales/hi/app.ftl",
                "hold = पावर को १० सेकंड तक दबाए रखें, फिर उसे ३ बार दबाएँ।\n",
            ),
            (
                "locales/ja/app.ftl",
                "hold = 電源ボタンを１０秒間押し続け、３回押します。\n",
            ),
        ],
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn number_mismatch_ignores_placeables_urls_and_markup() {
    let ws = pair(
        "fr",
        "see = See <h2>step { $n }</h2> at https://x.y/2 ({ \"42\" }).\n",
        "see = Voir <h3>l’étape { $n }</h3> sur https://x.y/2.\n",
    );
    assert_eq!(found(&ws), [at("markup-mismatch", "fr", 1, 1)]);
}

#[test]
fn number_mismatch_is_an_error_in_a_caution_note() {
    let guide = "id: g\ntitle: Guide\nmethods:\n  - id: m\n    title: Method\n    steps:\n      \
                 - id: hold\n        text: Hold Power for 10 seconds.\n    notes:\n      \
                 - id: wait\n        kind: caution\n        text: Wait 30 seconds before you retry.\n";
    let ws = TestWs::new(
        &["fr"],
        &[
            ("content/g.yaml", guide),
            (
                "locales/fr/g.ftl",
                "g--title = Le guide\ng--m--title = Méthode\ng--m--hold = Maintenez Marche pendant 5 secondes.\ng--m--wait = Attendez 3 secondes avant de réessayer.\n",
            ),
        ],
    );
    // (The locale tracks stamps: its translations are also unstamped.)
    let findings: Vec<(String, Severity)> = ws
        .lint()
        .diagnostics
        .iter()
        .filter(|d| d.rule != "unstamped-translation")
        .map(|d| {
            (
                format!("{} {}", d.rule, d.id.as_deref().unwrap_or("")),
                d.severity,
            )
        })
        .collect();
    assert_eq!(
        findings,
        [
            ("number-mismatch g--m--hold".to_string(), Severity::Warning),
            ("number-mismatch g--m--wait".to_string(), Severity::Error),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// empty-translation

#[test]
fn an_explicit_empty_string_is_an_info() {
    let ws = pair("fr", "suffix = for Android\n", "suffix = { \"\" }\n");
    assert_eq!(found(&ws), [at("empty-translation", "fr", 1, 1)]);
    assert_eq!(
        of_rule(&ws, "empty-translation")[0].severity,
        Severity::Info
    );
}

#[test]
fn a_blank_string_is_an_empty_translation_error() {
    let ws = pair("fr", "suffix = for Android\n", "suffix = { \" \" }\n");
    assert_eq!(found(&ws), [at("empty-translation", "fr", 1, 1)]);
    assert_eq!(
        of_rule(&ws, "empty-translation")[0].severity,
        Severity::Error
    );
}

// ---------------------------------------------------------------------------------------
// unknown-reference: alternative definitions

/// A brand defined in two alternative files, of which a build loads one; only the release
/// one has `.case-status`.
fn alternative_brands(reference: &str) -> TestWs {
    TestWs::new(
        &["cs"],
        &[
            ("locales/en/beta/brand.ftl", "-brand = Acme Beta\n"),
            (
                "locales/en/release/brand.ftl",
                "-brand = Acme\n    .case-status = normal\n",
            ),
            ("locales/en/app.ftl", "about = About { -brand }\n"),
            ("locales/cs/beta/brand.ftl", "-brand = Acme Beta\n"),
            (
                "locales/cs/release/brand.ftl",
                "-brand = Acme\n    .case-status = normal\n",
            ),
            (
                "locales/cs/app.ftl",
                &format!("about = {{ -brand.{reference} ->\n   *[normal] O {{ -brand }}\n}}\n"),
            ),
        ],
    )
}

#[test]
fn a_term_attribute_defined_in_one_of_two_alternative_files_is_known() {
    assert_eq!(found(&alternative_brands("case-status")), none());
}

#[test]
fn a_misspelt_term_attribute_gets_the_near_name() {
    let ws = alternative_brands("case_status");
    assert_eq!(found(&ws), [at("unknown-reference", "cs", 1, 11)]);
    assert_eq!(
        of_rule(&ws, "unknown-reference")[0].help.as_deref(),
        Some("did you mean `.case-status`?")
    );
}

// ---------------------------------------------------------------------------------------
// unknown-function

#[test]
fn unknown_function_fires_with_a_suggestion() {
    let ws = pair(
        "fr",
        "downloads = { NUMBER($count) } files\n",
        "downloads = { NUBMER($count) } fichiers\n",
    );
    assert_eq!(found(&ws), [at("unknown-function", "fr", 1, 15)]);
    let d = &of_rule(&ws, "unknown-function")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.help.as_deref(), Some("did you mean `NUMBER`?"));
}

#[test]
fn unknown_function_is_silent_on_built_ins_and_declared_functions() {
    let source = "when = { PLATFORM() ->\n    [macos] Saved { DATETIME($d) }\n   *[other] { NUMBER($n) } saved\n}\n";
    let ws = pair("fr", source, source);
    assert_eq!(
        found(&ws),
        [
            format!("unknown-function {SRC}:1:10"),
            at("unknown-function", "fr", 1, 10),
            at("untranslated", "fr", 1, 1)
        ]
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[checks]\nfunctions = [\"PLATFORM\"]\n",
    );
    // Identical text: untranslated is the only finding left.
    assert_eq!(found(&ws), [at("untranslated", "fr", 1, 1)]);
}

#[test]
fn declared_function_names_are_validated() {
    let ws = pair("fr", FILES_EN, FILES_EN);
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[checks]\nfunctions = [\"platform\"]\n",
    );
    let e = polyguide::Workspace::open(ws.root())
        .unwrap_err()
        .to_string();
    assert!(e.contains("checks.functions"), "{e}");
}

// ---------------------------------------------------------------------------------------
// untranslated: texts without letters

#[test]
fn untranslated_is_silent_on_texts_without_letters() {
    let text = "sep = { $a } – { $b }\nbreak = <br/>\nlink = <a href=\"https://x.y\">→</a>\nnbsp = &nbsp;({ $n })\n";
    let ws = pair("fr", text, text);
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// markup-mismatch: added formatting

#[test]
fn added_emphasis_is_an_info() {
    let ws = pair(
        "fr",
        "tip = It is fast.\n",
        "tip = C’est <em>rapide</em>.<br>\n",
    );
    assert_eq!(found(&ws), [at("markup-mismatch", "fr", 1, 1)]);
    assert_eq!(of_rule(&ws, "markup-mismatch")[0].severity, Severity::Info);
}

#[test]
fn an_added_link_or_an_unclosed_added_tag_stays_a_warning() {
    for translation in [
        "tip = C’est <a href=\"x\">rapide</a>.\n",
        "tip = C’est <em>rapide.\n",
    ] {
        let ws = pair("fr", "tip = It is fast.\n", translation);
        assert_eq!(found(&ws), [at("markup-mismatch", "fr", 1, 1)]);
        assert_eq!(
            of_rule(&ws, "markup-mismatch")[0].severity,
            Severity::Warning,
            "{translation}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// invisible-character

#[test]
fn zero_width_non_joiner_is_writing_in_hindi_and_persian() {
    let ws = TestWs::new(
        &["hi", "fa"],
        &[
            (SRC, "open = Open the settings\n"),
            ("locales/hi/app.ftl", "open = सेटिंग्\u{200C}स खोलें\n"),
            (
                "locales/fa/app.ftl",
                "open = تنظیمات را باز می\u{200C}کنید\n",
            ),
        ],
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn zero_width_non_joiner_in_french_is_reported() {
    let ws = pair(
        "fr",
        "open = Open the settings\n",
        "open = Ouvrez les para\u{200C}mètres\n",
    );
    assert_eq!(found(&ws), [at("invisible-character", "fr", 1, 23)]);
    let d = &of_rule(&ws, "invisible-character")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message.contains("U+200C ZERO WIDTH NON-JOINER"),
        "{}",
        d.message
    );
}

#[test]
fn left_to_right_mark_is_writing_in_arabic_not_in_french() {
    let ws = TestWs::new(
        &["ar", "fr"],
        &[
            (SRC, "id = Go to id.mi.com\n"),
            (
                "locales/ar/app.ftl",
                "id = انتقل إلى \u{200E}id.mi.com\u{200E}\n",
            ),
            ("locales/fr/app.ftl", "id = Allez sur \u{200E}id.mi.com\n"),
        ],
    );
    assert_eq!(found(&ws), [at("invisible-character", "fr", 1, 16)]);
}

#[test]
fn an_unbalanced_override_is_an_error() {
    let ws = pair(
        "fr",
        "imei = Write down your IMEI.\n",
        "imei = Notez votre \u{202E}IMEI.\n",
    );
    assert_eq!(found(&ws), [at("invisible-character", "fr", 1, 20)]);
    let d = &of_rule(&ws, "invisible-character")[0];
    assert_eq!(d.severity, Severity::Error);
    assert!(d.message.contains("never closes it"), "{}", d.message);
}

#[test]
fn balanced_bidi_controls_are_fine_when_the_source_has_them_or_in_arabic() {
    let source = "who = Signed in as \u{2068}{ $name }\u{2069}\n";
    let ws = TestWs::new(
        &["fr", "ar"],
        &[
            (SRC, source),
            (
                "locales/fr/app.ftl",
                "who = Connecté en tant que \u{2068}{ $name }\u{2069}\n",
            ),
            (
                "locales/ar/app.ftl",
                "who = سجّلت الدخول باسم \u{2068}{ $name }\u{2069} \u{202A}Mi\u{202C}\n",
            ),
        ],
    );
    assert_eq!(found(&ws), none());
    // The same isolate the source lacks, in French: a warning.
    let ws = pair(
        "fr",
        "who = Signed in as { $name }\n",
        "who = Connecté en tant que \u{2068}{ $name }\u{2069}\n",
    );
    assert_eq!(found(&ws), [at("invisible-character", "fr", 1, 28)]);
    assert_eq!(
        of_rule(&ws, "invisible-character")[0].severity,
        Severity::Warning
    );
}

#[test]
fn zero_width_space_and_bom_inside_a_text_are_reported_emoji_joiners_are_not() {
    let ws = pair(
        "fr",
        "hi = Hello\n",
        "hi = Bon\u{200B}jour \u{FEFF}👩\u{200D}💻\n",
    );
    let findings = of_rule(&ws, "invisible-character");
    let messages: Vec<&str> = findings.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(findings.len(), 2, "{messages:?}");
    assert!(messages[0].contains("U+200B ZERO WIDTH SPACE"));
    assert!(messages[1].contains("U+FEFF"));
}

#[test]
fn invisible_characters_in_guide_content_are_reported_in_the_yaml() {
    let guide = "id: g\ntitle: \"Unlock \\u202Eyour phone\"\nmethods:\n  - id: m\n    title: Me\u{200B}thod\n    steps:\n      - id: a\n        text: Power off.\n";
    let ws = TestWs::new(&[], &[("content/g.yaml", guide)]);
    let findings: Vec<String> = ws
        .lint()
        .diagnostics
        .iter()
        .map(|d| format!("{} {} {} {}", d.rule, d.severity, d.path, d.line))
        .collect();
    assert_eq!(
        findings,
        [
            "invisible-character error content/g.yaml 2",
            "invisible-character warning content/g.yaml 5"
        ]
    );
}
