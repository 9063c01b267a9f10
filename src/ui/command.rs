//! Every action of the window, with its label, keyboard shortcut and
//! tooltip in one place: buttons, key handling and the help overlay are all
//! generated from this enum, so they can never disagree.
//!
//! Screens and widgets push [`Action`]s (a command button pushes its own);
//! the app applies them once, at the end of the frame. Screens import this
//! file, never the app, so the UI has no import circle.

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::{EnumCount, IntoEnumIterator};

use crate::authoring::marks::Tool;
use crate::i18n::{ids, text};

use crate::guide::NodeRef;
use crate::guide::walk::Command;
use strum::EnumIter;

/// What a frame asked for; applied once, after drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A command from a button or a key.
    Command(UiCommand),
    /// Start a home-screen scenario.
    OpenScenario(String),
    /// Start where a search result starts.
    OpenHit {
        /// The scenario the result belongs to, if any.
        scenario: Option<String>,
        /// Where to start.
        target: NodeRef,
    },
    /// Go back to the walk in progress.
    Resume,
    /// Open a (checked, https) address in the web browser.
    OpenUrl(String),
    /// Hide the notice.
    DismissNotice,
    /// The pack's files changed (the editor saved): read them again.
    ReloadPack,
    /// Open a file or folder the app itself wrote (an export) with the
    /// desktop's own program.
    OpenLocal(std::path::PathBuf),
    /// Hide the export banner.
    DismissExport,
    /// Move the walk to this node (the map's "Go here"); Back returns to
    /// where the person was.
    GoTo(NodeRef),
    /// Open this node for editing (clicked on the map in authoring mode);
    /// the editor handles it, until then the map just selects the node.
    EditNode(NodeRef),
    /// Show another pack of the shelf.
    ShowPack(crate::ui::shelf::Origin),
    /// Show another pack of the shelf and start where a result starts.
    OpenHitIn {
        /// The pack.
        origin: crate::ui::shelf::Origin,
        /// The scenario the result belongs to, if any.
        scenario: Option<String>,
        /// Where to start.
        target: NodeRef,
    },
    /// Copy the opened `.stepwise` file into the reader's guides.
    AddToLibrary,
    /// Ask whether to remove this added guide (the first click).
    AskRemove(std::path::PathBuf),
    /// Keep it after all.
    KeepPack,
    /// Remove this added guide (confirmed).
    RemoveFromLibrary(std::path::PathBuf),
    /// Show the window and the guides in this language, and remember it.
    SetLanguage(crate::i18n::Lang),
}

/// The actions of one frame, in the order they were asked for.
pub type Actions = Vec<Action>;

/// A user action. Everything about a command that is not the app's state
/// (its words, its tooltip, its keys, whether the help lists it) is in
/// [`UiCommand::info`], one arm per command; the help overlay and the key
/// handling are built by iterating over the enum ([`UiCommand::each`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter)]
pub enum UiCommand {
    /// "Done, next step".
    Next,
    /// Back to the previous step.
    Back,
    /// "I don't see this".
    Stuck,
    /// Pick answer `n` (0-based) of a question, or way on `n` of an outcome.
    Choose(usize),
    /// Tick or untick check `n` of the current step.
    ToggleCheck(usize),
    /// Begin the steps after the quick answer.
    Begin,
    /// Start the current guide again.
    StartOver,
    /// Open or close the zoom view of the screenshot.
    Zoom,
    /// Open or close the map of the current guide.
    Map,
    /// Back to the home screen.
    Home,
    /// Put the cursor in the search box.
    Search,
    /// Close whatever is open on top (zoom, help), or go home.
    Close,
    /// Switch between light and dark.
    ToggleTheme,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Text back to its normal size.
    TextReset,
    /// The list of shortcuts.
    Help,
    /// The list of problems found in the pack.
    Problems,
    /// What the guides cover and what each was checked against.
    About,
    /// "Yes, it solved it".
    Solved,
    /// "No, it didn't".
    NotSolved,
    /// Save the whole guide as one web page.
    SaveWebPage,
    /// Save the guide as a web page and open it in the browser to print.
    Print,
    /// Save the steps taken so far, with the answers, for a helper.
    SaveMySteps,
    /// Close the window (what was done is saved, as when the window closes).
    Quit,
    /// Authoring: open the mark editor on this step's picture.
    EditMarks,
    /// Mark editor: pick tool `n` (in the order of the editor's toolbar).
    Tool(usize),
    /// Mark editor: take back the last change.
    Undo,
    /// Mark editor: do again what was taken back.
    Redo,
    /// Mark editor: remove the selected mark.
    DeleteMark,
    /// Mark editor: write the marks into the guide file.
    SaveMarks,
}

/// When a command's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Always, even while typing in a text field or with an overlay open.
    Always,
    /// Not while a text field has the keyboard or an overlay is open:
    /// letters, digits, Backspace.
    NotTyping,
    /// As `NotTyping`, and only when no button has the focus (Enter then
    /// presses the focused button instead).
    NoButtonFocused,
}

/// A numbered command's count and the command for each number.
pub type Numbered = (usize, fn(usize) -> UiCommand);

/// Everything about a command that is not the app's state.
#[derive(Clone, Copy, Debug)]
pub struct Info {
    /// The message id of the words on its button.
    pub label: &'static str,
    /// The message id of a sentence for its tooltip and the help overlay.
    pub tooltip: &'static str,
    /// Its keys, the one shown first. More specific ones (Ctrl+Shift+Z
    /// over Ctrl+Z) are tried first whatever the order here.
    pub keys: &'static [KeyboardShortcut],
    /// When the keys work.
    pub scope: Scope,
    /// Listed in the help overlay.
    pub listed: bool,
    /// The message id of the keys as the help overlay writes them, where
    /// egui's own words would not do ("Ctrl + plus", "F1 or ?").
    pub shown: Option<&'static str>,
    /// For a numbered command (answers, tools): how many numbers there
    /// are and the command for each; the digit keys pick them.
    pub numbered: Option<Numbered>,
    /// Every press counts, several in one frame included (held keys
    /// repeat): the text size and undo. Other commands act once a frame,
    /// so a double press on an answer never answers the next question too.
    pub repeats: bool,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

/// The digit keys 1-9, for answers and tools.
pub const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// What a command does in the help overlay and its tooltip, without keys:
/// the message ids of its label and tooltip.
const fn info(label: &'static str, tooltip: &'static str) -> Info {
    Info {
        label,
        tooltip,
        keys: &[],
        scope: Scope::NotTyping,
        listed: true,
        shown: None,
        numbered: None,
        repeats: false,
    }
}

impl Info {
    const fn keys(self, keys: &'static [KeyboardShortcut], scope: Scope) -> Info {
        Info {
            keys,
            scope,
            ..self
        }
    }

    const fn shown(self, shown: &'static str) -> Info {
        Info {
            shown: Some(shown),
            ..self
        }
    }

    const fn numbered(self, count: usize, command: fn(usize) -> UiCommand) -> Info {
        Info {
            numbered: Some((count, command)),
            ..self
        }
    }

    const fn repeats(self) -> Info {
        Info {
            repeats: true,
            ..self
        }
    }

    const fn unlisted(self) -> Info {
        Info {
            listed: false,
            ..self
        }
    }
}

impl UiCommand {
    /// Its words, tooltip and keys: one arm per command.
    pub fn info(self) -> Info {
        use Scope::{Always, NoButtonFocused, NotTyping};
        match self {
            UiCommand::Next => info(ids::cmd_next, ids::cmd_next_tip)
                .keys(const { &[key(Key::Enter)] }, NoButtonFocused),
            UiCommand::Back => info(ids::cmd_back, ids::cmd_back_tip)
                .keys(const { &[key(Key::Backspace)] }, NotTyping),
            UiCommand::Stuck => {
                info(ids::cmd_stuck, ids::cmd_stuck_tip).keys(const { &[key(Key::D)] }, NotTyping)
            }
            UiCommand::Choose(_) => {
                info(ids::cmd_choose, ids::cmd_choose_tip).numbered(DIGITS.len(), UiCommand::Choose)
            }
            UiCommand::ToggleCheck(_) => {
                info(ids::cmd_toggle_check, ids::cmd_toggle_check_tip).unlisted()
            }
            UiCommand::Begin => info(ids::cmd_begin, ids::cmd_begin_tip)
                .keys(const { &[key(Key::Enter)] }, NoButtonFocused),
            UiCommand::StartOver => info(ids::cmd_start_over, ids::cmd_start_over_tip)
                .keys(const { &[key(Key::R)] }, NotTyping),
            UiCommand::Zoom => {
                info(ids::cmd_zoom, ids::cmd_zoom_tip).keys(const { &[key(Key::Z)] }, NotTyping)
            }
            UiCommand::Map => {
                info(ids::cmd_map, ids::cmd_map_tip).keys(const { &[key(Key::M)] }, NotTyping)
            }
            UiCommand::Home => {
                info(ids::cmd_home, ids::cmd_home_tip).keys(const { &[key(Key::H)] }, NotTyping)
            }
            UiCommand::Search => {
                info(ids::cmd_search, ids::cmd_search_tip).keys(const { &[ctrl(Key::F)] }, Always)
            }
            UiCommand::Close => {
                info(ids::cmd_close, ids::cmd_close_tip).keys(const { &[key(Key::Escape)] }, Always)
            }
            UiCommand::ToggleTheme => {
                info(ids::cmd_theme, ids::cmd_theme_tip).keys(const { &[ctrl(Key::T)] }, Always)
            }
            UiCommand::TextBigger => info(ids::cmd_text_bigger, ids::cmd_text_bigger_tip)
                .keys(const { &[ctrl(Key::Plus), ctrl(Key::Equals)] }, Always)
                .shown(ids::cmd_text_bigger_keys)
                .repeats(),
            UiCommand::TextSmaller => info(ids::cmd_text_smaller, ids::cmd_text_smaller_tip)
                .keys(const { &[ctrl(Key::Minus)] }, Always)
                .shown(ids::cmd_text_smaller_keys)
                .repeats(),
            UiCommand::TextReset => info(ids::cmd_text_reset, ids::cmd_text_reset_tip)
                .keys(const { &[ctrl(Key::Num0)] }, Always),
            UiCommand::Help => info(ids::cmd_help, ids::cmd_help_tip)
                .keys(
                    const {
                        &[
                            key(Key::F1),
                            key(Key::Questionmark),
                            shift(Key::Questionmark),
                        ]
                    },
                    Always,
                )
                .shown(ids::cmd_help_keys),
            UiCommand::Problems => info(ids::cmd_problems, ids::cmd_problems_tip)
                .keys(const { &[ctrl(Key::P)] }, Always),
            UiCommand::About => {
                info(ids::cmd_about, ids::cmd_about_tip).keys(const { &[key(Key::F2)] }, Always)
            }
            UiCommand::Solved => {
                info(ids::cmd_solved, ids::cmd_solved_tip).keys(const { &[key(Key::Y)] }, NotTyping)
            }
            UiCommand::NotSolved => info(ids::cmd_not_solved, ids::cmd_not_solved_tip)
                .keys(const { &[key(Key::N)] }, NotTyping),
            UiCommand::SaveWebPage => info(ids::cmd_save_web_page, ids::cmd_save_web_page_tip)
                .keys(const { &[ctrl(Key::S)] }, Always),
            UiCommand::Print => info(ids::cmd_print, ids::cmd_print_tip)
                .keys(const { &[ctrl_shift(Key::P)] }, Always),
            UiCommand::SaveMySteps => info(ids::cmd_save_my_steps, ids::cmd_save_my_steps_tip)
                .keys(const { &[ctrl_shift(Key::S)] }, Always),
            UiCommand::Quit => {
                info(ids::cmd_quit, ids::cmd_quit_tip).keys(const { &[ctrl(Key::Q)] }, Always)
            }
            UiCommand::EditMarks => info(ids::cmd_edit_marks, ids::cmd_edit_marks_tip)
                .keys(const { &[key(Key::E)] }, NotTyping),
            UiCommand::Tool(_) => {
                info(ids::cmd_tool, ids::cmd_tool_tip).numbered(Tool::COUNT, UiCommand::Tool)
            }
            UiCommand::Undo => info(ids::cmd_undo, ids::cmd_undo_tip)
                .keys(const { &[ctrl(Key::Z)] }, NotTyping)
                .repeats(),
            UiCommand::Redo => info(ids::cmd_redo, ids::cmd_redo_tip)
                .keys(const { &[ctrl_shift(Key::Z), ctrl(Key::Y)] }, NotTyping)
                .repeats(),
            UiCommand::DeleteMark => info(ids::cmd_delete_mark, ids::cmd_delete_mark_tip)
                .keys(const { &[key(Key::Delete)] }, NotTyping),
            UiCommand::SaveMarks => info(ids::cmd_save_marks, ids::cmd_save_marks_tip)
                .keys(const { &[ctrl(Key::S)] }, Always),
        }
    }

    /// Every command once, parameterised ones (answers, checks, tools) once
    /// each with number 0: what the help overlay lists.
    pub fn each() -> impl Iterator<Item = UiCommand> {
        UiCommand::iter()
    }

    /// The words on the button.
    pub fn label(self) -> String {
        text(self.info().label, &[])
    }

    /// A sentence for the tooltip.
    pub fn tooltip(self) -> String {
        text(self.info().tooltip, &[])
    }

    /// The walker command this UI command stands for, if it moves the walk.
    pub fn walker(self) -> Option<Command> {
        match self {
            UiCommand::Next => Some(Command::Next),
            UiCommand::Back => Some(Command::Back),
            UiCommand::Stuck => Some(Command::Stuck),
            UiCommand::Choose(n) => Some(Command::Choose(n)),
            UiCommand::ToggleCheck(n) => Some(Command::ToggleCheck(n)),
            UiCommand::NotSolved => Some(Command::NotSolved),
            UiCommand::StartOver => Some(Command::Restart),
            UiCommand::Begin
            | UiCommand::Zoom
            | UiCommand::Map
            | UiCommand::Home
            | UiCommand::Search
            | UiCommand::Close
            | UiCommand::ToggleTheme
            | UiCommand::TextBigger
            | UiCommand::TextSmaller
            | UiCommand::TextReset
            | UiCommand::Help
            | UiCommand::Problems
            | UiCommand::About
            | UiCommand::Solved
            | UiCommand::SaveWebPage
            | UiCommand::Print
            | UiCommand::SaveMySteps
            | UiCommand::Quit
            | UiCommand::EditMarks
            | UiCommand::Tool(_)
            | UiCommand::Undo
            | UiCommand::Redo
            | UiCommand::DeleteMark
            | UiCommand::SaveMarks => None,
        }
    }

    /// Every key of every command, numbered commands once per number (the
    /// digits for answers, and for as many tools as the editor has), as
    /// `(shortcut, command, scope)`: what key handling goes through.
    pub fn all_keys() -> Vec<(KeyboardShortcut, UiCommand, Scope)> {
        let mut keys = Vec::new();
        for command in UiCommand::iter() {
            let info = command.info();
            if let Some((count, numbered)) = info.numbered {
                for (n, digit) in DIGITS.iter().enumerate().take(count) {
                    keys.push((key(*digit), numbered(n), Scope::NotTyping));
                }
            }
            keys.extend(info.keys.iter().map(|k| (*k, command, info.scope)));
        }
        // egui ignores an extra Shift or Ctrl when it matches: the shortcut
        // with more modifiers must be tried first, or Ctrl+Z would take
        // Ctrl+Shift+Z.
        keys.sort_by_key(|(shortcut, _, _)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
        keys
    }

    /// The keys as the help overlay writes them ("Ctrl+F", "1 - 9").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let info = self.info();
        match (info.shown, info.numbered, info.keys.first()) {
            (Some(shown), _, _) => text(shown, &[]),
            (None, Some((count, _)), _) => crate::tr!(cmd_digits, last = count.min(DIGITS.len())),
            (None, None, Some(first)) => ctx.format_shortcut(first),
            (None, None, None) => String::new(),
        }
    }

    /// The button label with its shortcut, for hover text.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.tooltip()
        } else {
            crate::tr!(cmd_hover, tooltip = self.tooltip(), keys = keys)
        }
    }
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.command || m.ctrl || m.mac_cmd) + u8::from(m.shift) + u8::from(m.alt)
}

/// Turns key presses into actions, going through every command's keys,
/// the most specific first. Keys that only make sense outside a text field
/// (Enter, Backspace, digits, letters) wait while one has focus; only the
/// keys that work everywhere work while an overlay is open. `can` tells
/// whether a command does something now.
pub fn keyboard_actions(
    ctx: &egui::Context,
    can: impl Fn(UiCommand) -> bool,
    overlay: bool,
) -> Actions {
    let mut actions = Actions::new();
    // Most frames have no key press: nothing to go through.
    let pressed = ctx.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
    });
    if !pressed {
        return actions;
    }
    // The same list every frame: made once.
    static KEYS: std::sync::OnceLock<Vec<(KeyboardShortcut, UiCommand, Scope)>> =
        std::sync::OnceLock::new();
    // Only a text field takes letters (egui's own "wants keyboard input"
    // is true whenever anything at all has the focus, a button included).
    let typing = ctx.text_edit_focused();
    let button_focused = ctx.memory(|m| m.focused().is_some());
    for &(shortcut, command, scope) in KEYS.get_or_init(UiCommand::all_keys) {
        let allowed = match scope {
            Scope::Always => true,
            Scope::NotTyping => !typing && !overlay,
            Scope::NoButtonFocused => !typing && !overlay && !button_focused,
        };
        if !allowed || !can(command) {
            continue;
        }
        let presses =
            ctx.input_mut(|i| i.count_and_consume_key(shortcut.modifiers, shortcut.logical_key));
        if presses == 0 {
            continue;
        }
        let times = if command.info().repeats {
            presses
        } else {
            presses.min(1)
        };
        actions.extend(std::iter::repeat_n(Action::Command(command), times));
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two commands may share a key only where they never apply at once:
    /// Next and Begin (Enter), answers and tools (the digits), Save in the
    /// mark editor and Save as web page on a walk (Ctrl+S).
    #[test]
    fn every_key_means_one_thing_where_it_works() {
        let shared = |a: UiCommand, b: UiCommand| {
            use UiCommand::*;
            matches!(
                (a, b),
                (Next, Begin)
                    | (Begin, Next)
                    | (Choose(_), Tool(_))
                    | (Tool(_), Choose(_))
                    | (SaveMarks, SaveWebPage)
                    | (SaveWebPage, SaveMarks)
            )
        };
        let keys = UiCommand::all_keys();
        for (i, (key_a, a, _)) in keys.iter().enumerate() {
            for (key_b, b, _) in &keys[i + 1..] {
                if key_a == key_b && a != b {
                    assert!(shared(*a, *b), "{a:?} and {b:?} share {key_a:?}");
                }
            }
        }
    }

    #[test]
    fn the_more_specific_shortcut_is_tried_first() {
        let keys = UiCommand::all_keys();
        let position = |wanted: KeyboardShortcut| keys.iter().position(|(k, _, _)| *k == wanted);
        let redo = position(ctrl_shift(Key::Z)).expect("Redo has a key");
        let undo = position(ctrl(Key::Z)).expect("Undo has a key");
        assert!(redo < undo, "Ctrl+Shift+Z before Ctrl+Z");
        let print = position(ctrl_shift(Key::P)).expect("Print has a key");
        let problems = position(ctrl(Key::P)).expect("Problems has a key");
        assert!(print < problems);
    }

    #[test]
    fn every_tool_has_its_digit_and_no_more() {
        let tools: Vec<UiCommand> = UiCommand::all_keys()
            .into_iter()
            .filter_map(|(_, c, _)| matches!(c, UiCommand::Tool(_)).then_some(c))
            .collect();
        assert_eq!(tools.len(), Tool::COUNT);
        assert_eq!(tools.last(), Some(&UiCommand::Tool(Tool::COUNT - 1)));
    }
}
