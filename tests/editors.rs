//! The editor setup snippets of the README (`<!-- editor: NAME -->` before a fenced block)
//! parse, and configure `polyguide lsp` for Fluent files. The Lua one is compiled by CI with
//! `luac -p` when Lua is installed (`ci/editors.sh`); here its shape is checked.

use serde_json::Value;

/// The fenced block after `<!-- editor: name -->` in the README.
fn snippet(name: &str) -> String {
    let readme = include_str!("../README.md");
    let marker = format!("<!-- editor: {name} -->");
    let after = readme
        .split_once(&marker)
        .unwrap_or_else(|| panic!("no {marker} in the README"))
        .1;
    let body = after
        .split_once("```")
        .and_then(|(_, rest)| rest.split_once('\n'))
        .map(|(_, rest)| rest)
        .expect("a fenced block follows the marker");
    body.split_once("\n```")
        .expect("the block is closed")
        .0
        .to_string()
}

#[test]
fn the_vs_code_settings_are_json_that_runs_polyguide_lsp_on_ftl_files() {
    let settings: Value = serde_json::from_str(&snippet("vscode")).expect("valid JSON");
    assert_eq!(settings["glspc.server.command"], "polyguide");
    assert_eq!(
        settings["glspc.server.commandArguments"],
        serde_json::json!(["lsp"])
    );
    let fluent = &settings["files.associations"]["*.ftl"];
    let languages = settings["glspc.server.languageId"].as_array().unwrap();
    assert!(languages.contains(fluent), "{languages:?}");
    for language in ["yaml", "toml"] {
        assert!(languages.iter().any(|l| l == language), "{language}");
    }
}

#[test]
fn the_helix_languages_toml_defines_the_server_and_uses_it() {
    let config: toml::Table = snippet("helix").parse().expect("valid TOML");
    let server = &config["language-server"]["polyguide"];
    assert_eq!(server["command"].as_str(), Some("polyguide"));
    assert_eq!(server["args"].as_array().unwrap()[0].as_str(), Some("lsp"));
    let languages = config["language"].as_array().expect("[[language]] entries");
    let names: Vec<&str> = languages
        .iter()
        .map(|l| l["name"].as_str().expect("a name"))
        .collect();
    assert_eq!(names, ["fluent", "polyguide-stamps", "yaml", "toml"]);
    for language in languages {
        let servers = language["language-servers"].as_array().unwrap();
        assert!(servers.iter().any(|s| s.as_str() == Some("polyguide")));
        // A language Helix does not know needs a scope and its file types.
        if ["fluent", "polyguide-stamps"].contains(&language["name"].as_str().unwrap()) {
            assert!(language.get("scope").is_some() && language.get("file-types").is_some());
        }
    }
    assert_eq!(
        languages[0]["file-types"].as_array().unwrap()[0].as_str(),
        Some("ftl")
    );
}

#[test]
fn the_neovim_config_starts_polyguide_lsp_for_fluent_files() {
    let lua = snippet("neovim");
    assert!(lua.contains(r#"cmd = { "polyguide", "lsp" }"#), "{lua}");
    assert!(lua.contains(r#"extension = { ftl = "fluent" }"#), "{lua}");
    assert!(
        lua.contains(r#"root_markers = { "polyguide.toml" }"#),
        "{lua}"
    );
    assert!(lua.contains(r#"vim.lsp.enable("polyguide")"#), "{lua}");
    // Balanced brackets: a cheap syntax check where no Lua compiler is at hand.
    for (open, close) in [('(', ')'), ('{', '}'), ('[', ']')] {
        assert_eq!(
            lua.matches(open).count(),
            lua.matches(close).count(),
            "{open}{close}"
        );
    }
}
