//! CLI cases as data (the crate-ci/typos way): each `tests/cmd/<case>.toml` names the
//! command, the expected stdout, stderr and exit status; `<case>.in/` is the tiny workspace
//! the command runs in. Refresh expectations with `TRYCMD=overwrite cargo test --test cli`,
//! then review the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
