//! Every action of the window, with its label, keyboard shortcut and
//! tooltip in one place: buttons, key handling and the help overlay are all
//! generated from this enum, so they can never disagree.
//!
//! Screens and widgets push [`Action`]s (a command button pushes its own);
//! the app applies them once, at the end of the frame. Screens import this
//! file, never the app, so the UI has no import circle.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::guide::NodeRef;
use crate::guide::walk::Command;

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
}

/// The actions of one frame, in the order they were asked for.
pub type Actions = Vec<Action>;

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    /// "Done, next step".
    Next,
    /// Back to the previous step.
    Back,
    /// "I don't see this".
    Stuck,
    /// Pick answer `n` (0-based) of a question.
    Choose(usize),
    /// Tick or untick check `n` of the current step.
    ToggleCheck(usize),
    /// Begin the steps after the quick answer.
    Begin,
    /// Start the current guide again.
    StartOver,
    /// "Yes, it solved it".
    Solved,
    /// "No, it didn't".
    NotSolved,
    /// Back to the home screen.
    Home,
    /// Put the cursor in the search box.
    Search,
    /// Open or close the zoom view of the screenshot.
    Zoom,
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
    /// Close the window (what was done is saved, as when the window closes).
    Quit,
    /// Authoring: open the mark editor on this step's picture.
    EditMarks,
    /// Mark editor: pick tool `n` (Select, Highlight, Spotlight, Arrow, Callout).
    Tool(usize),
    /// Mark editor: take back the last change.
    Undo,
    /// Mark editor: do again what was taken back.
    Redo,
    /// Mark editor: remove the selected mark.
    DeleteMark,
    /// Mark editor: write the marks into the guide file.
    SaveMarks,
    /// The list of shortcuts.
    Help,
    /// The list of problems found in the pack.
    Problems,
    /// Save the whole guide as one web page.
    SaveWebPage,
    /// Save the guide as a web page and open it in the browser to print.
    Print,
    /// Save the steps taken so far, with the answers, for a helper.
    SaveMySteps,
    /// Open or close the map of the current guide.
    Map,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
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

/// The digit keys 1-9, for answers.
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

impl UiCommand {
    /// The commands listed in the help overlay, in order.
    pub const LISTED: [UiCommand; 28] = [
        UiCommand::Next,
        UiCommand::Back,
        UiCommand::Stuck,
        UiCommand::Choose(0),
        UiCommand::Begin,
        UiCommand::StartOver,
        UiCommand::Zoom,
        UiCommand::Map,
        UiCommand::Home,
        UiCommand::Search,
        UiCommand::Close,
        UiCommand::ToggleTheme,
        UiCommand::TextBigger,
        UiCommand::TextSmaller,
        UiCommand::TextReset,
        UiCommand::Help,
        UiCommand::Problems,
        UiCommand::Solved,
        UiCommand::SaveWebPage,
        UiCommand::Print,
        UiCommand::SaveMySteps,
        UiCommand::Quit,
        UiCommand::EditMarks,
        UiCommand::Tool(0),
        UiCommand::Undo,
        UiCommand::Redo,
        UiCommand::DeleteMark,
        UiCommand::SaveMarks,
    ];

    /// The words on the button.
    pub fn label(self) -> &'static str {
        match self {
            UiCommand::Next => "Done, next step",
            UiCommand::Back => "Back",
            UiCommand::Stuck => "I don't see this",
            UiCommand::Choose(_) => "Choose an answer",
            UiCommand::ToggleCheck(_) => "Tick a check",
            UiCommand::Begin => "Walk me through it",
            UiCommand::StartOver => "Start over",
            UiCommand::Solved => "Yes, it's solved",
            UiCommand::NotSolved => "No, it isn't",
            UiCommand::Home => "Home",
            UiCommand::Search => "Search",
            UiCommand::Zoom => "Zoom the picture",
            UiCommand::Close => "Close",
            UiCommand::ToggleTheme => "Light or dark",
            UiCommand::TextBigger => "Larger text",
            UiCommand::TextSmaller => "Smaller text",
            UiCommand::TextReset => "Normal text size",
            UiCommand::Quit => "Quit",
            UiCommand::EditMarks => "Edit marks",
            UiCommand::Tool(_) => "Choose a tool",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::DeleteMark => "Delete",
            UiCommand::SaveMarks => "Save",
            UiCommand::Help => "Help",
            UiCommand::Problems => "Problems in this pack",
            UiCommand::SaveWebPage => "Save as web page",
            UiCommand::Print => "Print",
            UiCommand::SaveMySteps => "Save my steps",
            UiCommand::Map => "Map",
        }
    }

    /// A sentence for the tooltip.
    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::Next => "I did this step: show the next one",
            UiCommand::Back => "Go back to the previous step",
            UiCommand::Stuck => "My screen looks different: show another way",
            UiCommand::Choose(_) => "Pick the answer with that number",
            UiCommand::ToggleCheck(_) => "Tick what you can see",
            UiCommand::Begin => "Show the steps one at a time, with pictures",
            UiCommand::StartOver => "Go back to the first step of this guide",
            UiCommand::Solved => "Mark this guide as done and go home",
            UiCommand::NotSolved => "Try the next suggestion",
            UiCommand::Home => "Back to the list of guides",
            UiCommand::Search => "Search the guides",
            UiCommand::Zoom => "See the picture larger; drag to move, scroll to zoom",
            UiCommand::Close => "Close what is open on top (zoom, help, the map), or go home",
            UiCommand::ToggleTheme => "Switch between a light and a dark window",
            UiCommand::TextBigger => "Make all text larger",
            UiCommand::TextSmaller => "Make all text smaller",
            UiCommand::TextReset => "Put the text back to its normal size",
            UiCommand::Quit => "Close Stepwise; your place is kept for next time",
            UiCommand::EditMarks => "Draw the marks on this step's picture (stepwise edit)",
            UiCommand::Tool(_) => {
                "In the mark editor: Select, Highlight, Spotlight, Arrow or Callout"
            }
            UiCommand::Undo => "In the mark editor: take back the last change",
            UiCommand::Redo => "In the mark editor: do again what was taken back",
            UiCommand::DeleteMark => "In the mark editor: remove the selected mark",
            UiCommand::SaveMarks => "In the mark editor: write the marks into the guide file",
            UiCommand::Help => "Show every keyboard shortcut",
            UiCommand::Problems => "What is wrong with the guides of this pack",
            UiCommand::SaveWebPage => {
                "Save the whole guide, every branch with its pictures, as one web page to keep or send"
            }
            UiCommand::Print => "Open the whole guide in your web browser, ready to print",
            UiCommand::SaveMySteps => {
                "Save the steps you took and your answers as a page for someone who can help"
            }
            UiCommand::Map => {
                "See the whole guide at once: where you are, what is left, every other way"
            }
        }
    }

    /// The walker command this UI command stands for, if it moves the walk.
    pub fn walker(self) -> Option<Command> {
        Some(match self {
            UiCommand::Next => Command::Next,
            UiCommand::Back => Command::Back,
            UiCommand::Stuck => Command::Stuck,
            UiCommand::Choose(n) => Command::Choose(n),
            UiCommand::ToggleCheck(n) => Command::ToggleCheck(n),
            UiCommand::NotSolved => Command::NotSolved,
            UiCommand::StartOver => Command::Restart,
            _ => return None,
        })
    }

    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Some(match self {
            UiCommand::Next | UiCommand::Begin => key(Key::Enter),
            UiCommand::Back => key(Key::Backspace),
            UiCommand::Stuck => key(Key::D),
            UiCommand::Choose(n) => key(*DIGITS.get(n)?),
            UiCommand::StartOver => key(Key::R),
            UiCommand::Zoom => key(Key::Z),
            UiCommand::Home => key(Key::H),
            UiCommand::Search => ctrl(Key::F),
            UiCommand::Close => key(Key::Escape),
            UiCommand::ToggleTheme => ctrl(Key::T),
            UiCommand::TextBigger => ctrl(Key::Plus),
            UiCommand::TextSmaller => ctrl(Key::Minus),
            UiCommand::TextReset => ctrl(Key::Num0),
            UiCommand::Quit => ctrl(Key::Q),
            UiCommand::EditMarks => key(Key::E),
            UiCommand::Tool(n) => key(*DIGITS.get(n).filter(|_| n < 5)?),
            UiCommand::Undo => ctrl(Key::Z),
            UiCommand::Redo => KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
            UiCommand::DeleteMark => key(Key::Delete),
            UiCommand::SaveMarks => ctrl(Key::S),
            UiCommand::Help => key(Key::F1),
            UiCommand::Problems => ctrl(Key::P),
            UiCommand::SaveWebPage => ctrl(Key::S),
            UiCommand::Print => ctrl_shift(Key::P),
            UiCommand::SaveMySteps => ctrl_shift(Key::S),
            UiCommand::Map => key(Key::M),
            UiCommand::Solved => key(Key::Y),
            UiCommand::NotSolved => key(Key::N),
            UiCommand::ToggleCheck(_) => return None,
        })
    }

    /// The shortcut as the help overlay writes it ("Ctrl+F", "1-9").
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        match self {
            UiCommand::Choose(_) => "1 - 9".to_owned(),
            UiCommand::Tool(_) => "1 - 5".to_owned(),
            UiCommand::Help => "F1 or ?".to_owned(),
            UiCommand::TextBigger => "Ctrl + plus".to_owned(),
            UiCommand::TextSmaller => "Ctrl + minus".to_owned(),
            other => other
                .shortcut()
                .map(|s| ctx.format_shortcut(&s))
                .unwrap_or_default(),
        }
    }

    /// The button label with its shortcut, for hover text.
    pub fn hover_text(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.tooltip().to_owned()
        } else {
            format!("{} ({keys})", self.tooltip())
        }
    }
}

/// Turns key presses into actions. Keys that only make sense outside a
/// text field (Enter, Backspace, digits, letters) wait while one has focus;
/// only the keys that close things work while an overlay is open.
/// `can` tells whether a command does something now.
pub fn keyboard_actions(
    ctx: &egui::Context,
    can: impl Fn(UiCommand) -> bool,
    overlay: bool,
) -> Actions {
    let mut actions = Actions::new();
    // Only a text field takes letters (egui's own "wants keyboard input"
    // is true whenever anything at all has the focus, a button included).
    let typing = ctx.text_edit_focused();
    let button_focused = ctx.memory(|m| m.focused().is_some());
    let mut press = |shortcut: KeyboardShortcut, command: UiCommand| {
        if can(command) && ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
            actions.push(Action::Command(command));
        }
    };
    // Always available, even while typing. Ctrl+Shift shortcuts come
    // before the Ctrl ones they extend: egui ignores an extra Shift.
    for command in [
        UiCommand::SaveMySteps,
        UiCommand::Print,
        UiCommand::SaveWebPage,
        UiCommand::Search,
        UiCommand::ToggleTheme,
        UiCommand::TextSmaller,
        UiCommand::TextReset,
        UiCommand::Quit,
        UiCommand::Help,
        UiCommand::Problems,
        UiCommand::SaveMarks,
        UiCommand::Close,
    ] {
        if let Some(shortcut) = command.shortcut() {
            press(shortcut, command);
        }
    }
    press(
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
        UiCommand::TextBigger,
    );
    press(
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
        UiCommand::TextBigger,
    );
    if typing || overlay {
        return actions;
    }
    press(
        KeyboardShortcut::new(Modifiers::NONE, Key::Questionmark),
        UiCommand::Help,
    );
    press(
        KeyboardShortcut::new(Modifiers::SHIFT, Key::Questionmark),
        UiCommand::Help,
    );
    let mut keyed = vec![
        UiCommand::Back,
        UiCommand::Stuck,
        UiCommand::StartOver,
        UiCommand::Zoom,
        UiCommand::Map,
        UiCommand::Home,
        UiCommand::Solved,
        UiCommand::NotSolved,
        UiCommand::EditMarks,
        // Redo (Ctrl+Shift+Z) before Undo: Ctrl+Z would also match it.
        UiCommand::Redo,
        UiCommand::Undo,
        UiCommand::DeleteMark,
    ];
    press(
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
        UiCommand::Redo,
    );
    // Enter presses the focused button if there is one; otherwise it goes on.
    if !button_focused {
        keyed.extend([UiCommand::Next, UiCommand::Begin]);
    }
    keyed.extend((0..9).map(UiCommand::Choose));
    // The same digits pick the editor's tools; only one of them applies at a time.
    keyed.extend((0..5).map(UiCommand::Tool));
    for command in keyed {
        if let Some(shortcut) = command.shortcut() {
            press(shortcut, command);
        }
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_commands_have_distinct_shortcuts() {
        let mut seen = Vec::new();
        for command in UiCommand::LISTED {
            if let Some(shortcut) = command.shortcut() {
                // Next and Begin share Enter, answers and tools the digits, on
                // purpose: they never apply at once.
                // Save in the mark editor and Save as web page on a walk
                // share Ctrl+S the same way: one screen each.
                if matches!(
                    command,
                    UiCommand::Begin | UiCommand::Tool(_) | UiCommand::SaveMarks
                ) {
                    continue;
                }
                assert!(!seen.contains(&shortcut), "{command:?} reuses a shortcut");
                seen.push(shortcut);
            }
        }
    }
}
