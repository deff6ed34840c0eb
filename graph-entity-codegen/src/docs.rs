//! Doc comments: CSDL descriptions as `///` lines, wrapped to rustfmt's width.

/// rustfmt's default `max_width`.
pub const WIDTH: usize = 100;

/// Appends `text` as doc comment lines at `indent` spaces (`///` or `//!` per `marker`),
/// word-wrapped to [`WIDTH`]. Blank lines in `text` separate paragraphs. Words are never split
/// (a long URL stays whole).
pub fn push_doc(out: &mut String, indent: usize, marker: &str, text: &str) {
    let prefix = format!("{:indent$}{marker}", "");
    let mut first_paragraph = true;
    for paragraph in text.split("\n\n") {
        let words: Vec<&str> = paragraph.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if !first_paragraph {
            out.push_str(&prefix);
            out.push('\n');
        }
        first_paragraph = false;
        let mut line = String::new();
        for word in words {
            if !line.is_empty() && prefix.len() + 1 + line.len() + 1 + word.len() > WIDTH {
                push_line(out, &prefix, &line);
                line.clear();
            }
            if line.is_empty() {
                line.push_str(&escape_line_start(word));
            } else {
                line.push(' ');
                line.push_str(word);
            }
        }
        push_line(out, &prefix, &line);
    }
}

fn push_line(out: &mut String, prefix: &str, line: &str) {
    out.push_str(prefix);
    out.push(' ');
    out.push_str(line);
    out.push('\n');
}

/// A word that starts a doc line must not start a Markdown block (a heading, a list item, a
/// quote, a rule): re-flowing put it there, the description did not mean one.
fn escape_line_start(word: &str) -> String {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = digits > 0 && digits + 1 == word.len() && word.ends_with(['.', ')']);
    let marker = |c: char| !word.is_empty() && word.chars().all(|w| w == c);
    if numbered {
        format!("{}\\{}", &word[..digits], &word[digits..])
    } else if ['#', '-', '+', '*', '=', '_'].into_iter().any(marker) || word.starts_with(['>', '|'])
    {
        format!("\\{word}")
    } else {
        word.to_owned()
    }
}

/// A CSDL description as Markdown text: whitespace runs collapse to one space (descriptions are
/// prose; their line breaks are incidental), and a code fence cannot open (rustdoc would compile
/// its content as a doctest).
pub fn description(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("```", "\\`\\`\\`")
}

#[cfg(test)]
mod tests {
    use super::escape_line_start;

    #[test]
    fn only_words_that_would_open_a_block_are_escaped() {
        assert_eq!(escape_line_start("1."), "1\\.");
        assert_eq!(escape_line_start("-"), "\\-");
        assert_eq!(escape_line_start("##"), "\\##");
        assert_eq!(escape_line_start(">=4.75,"), "\\>=4.75,");
        assert_eq!(escape_line_start("0.01%."), "0.01%.");
        assert_eq!(escape_line_start("-enum-members"), "-enum-members");
        assert_eq!(escape_line_start("word"), "word");
    }
}
