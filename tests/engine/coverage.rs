//! Content coverage: every fact of the pack brief (shared/CONTENT.md) is
//! taught by a node that exists, says it, and is reachable from the entry
//! point a user would pick for it.

use std::collections::{HashSet, VecDeque};

use stepwise::guide::model::{Mark, Node};
use stepwise::guide::{NodeRef, Pack, PackSource};
use stepwise::marks::Callout;

/// (fact, scenario the user picks, node that teaches it, words the node must contain)
const FACTS: &[(&str, &str, &str, &[&str])] = &[
    // Phone and tablet app.
    (
        "open the app on its main screen",
        "phone",
        "sign-out-phone#open-app",
        &["main screen"],
    ),
    (
        "tap My Netflix or the profile icon",
        "phone",
        "sign-out-phone#my-netflix",
        &["My Netflix", "profile picture"],
    ),
    (
        "the menu is three lines",
        "phone",
        "sign-out-phone#open-menu",
        &["three short lines"],
    ),
    (
        "older apps: menu or profile picture",
        "phone",
        "sign-out-phone#older-app",
        &["three lines", "profile picture"],
    ),
    (
        "Sign Out is at the bottom of the menu",
        "phone",
        "sign-out-phone#sign-out",
        &["Sign Out", "lowest item"],
    ),
    (
        "confirm in the pop-up",
        "phone",
        "sign-out-phone#confirm",
        &["pop-up", "Sign Out"],
    ),
    (
        "only this device is signed out",
        "phone",
        "sign-out-phone#done",
        &["other devices are still signed in"],
    ),
    // Smart TV and streaming stick.
    (
        "start on the home screen with rows of shows",
        "tv",
        "tv-menu#home",
        &["home screen", "rows of shows"],
    ),
    (
        "press Left for the side menu",
        "tv",
        "tv-menu#open-side-menu",
        &["Left"],
    ),
    (
        "press Up for the top bar",
        "tv",
        "tv-menu#open-top-bar",
        &["Up"],
    ),
    (
        "Get Help in the side menu",
        "tv",
        "tv-menu#side-get-help",
        &["Get Help"],
    ),
    (
        "top bar: all the way left to the profile icon or menu",
        "tv",
        "tv-menu#top-profile",
        &["Left", "profile icon", "menu", "far left"],
    ),
    (
        "Get Help in the top bar or under the profile",
        "tv",
        "tv-menu#top-get-help",
        &["Get Help", "profile"],
    ),
    (
        "OK is the middle button of the remote's arrows",
        "tv",
        "tv-menu#side-get-help",
        &["OK", "middle of the arrow buttons"],
    ),
    (
        "scroll down to Sign Out",
        "tv",
        "tv-menu#sign-out",
        &["scroll down", "Sign Out"],
    ),
    (
        "Help or Settings on some TVs (side menu)",
        "tv",
        "tv-menu#side-settings",
        &["Settings", "Help", "Sign Out"],
    ),
    (
        "Help or Settings on some TVs (menu bar)",
        "tv",
        "tv-menu#top-settings",
        &["Settings", "Help", "Sign Out"],
    ),
    (
        "Sign Out on the Settings page",
        "tv",
        "tv-menu#settings-sign-out",
        &["Sign Out"],
    ),
    (
        "are you sure: Yes",
        "tv",
        "tv-menu#confirm",
        &["Are you sure you want to sign out?", "Yes"],
    ),
    (
        "the TV shows the sign-in screen",
        "tv",
        "sign-out-tv#done",
        &["sign-in screen"],
    ),
    (
        "old or hotel TVs: use the website",
        "tv",
        "tv-menu#use-website",
        &["hotel TVs", "phone or computer"],
    ),
    (
        "the website fallback signs that TV out",
        "tv",
        "sign-out-device-web#sign-out",
        &["Sign out"],
    ),
    // Web browser.
    (
        "go to the website",
        "browser",
        "sign-out-browser#open-site",
        &["netflix.com", "sign-in page"],
    ),
    (
        "go to the website and sign in",
        "one-device",
        "account-page#sign-in",
        &["netflix.com", "sign in"],
    ),
    (
        "the profile icon at the top right",
        "browser",
        "sign-out-browser#profile-menu",
        &["profile icon", "top right"],
    ),
    (
        "a browser that shows the sign-in page is already signed out",
        "browser",
        "sign-out-browser#already-out",
        &["already signed out", "sign-in page"],
    ),
    (
        "Sign out of Netflix signs out this browser",
        "browser",
        "sign-out-browser#sign-out",
        &["Sign out of Netflix"],
    ),
    (
        "only this browser",
        "browser",
        "sign-out-browser#done",
        &["Only this browser"],
    ),
    // The account page from the phone app: My Netflix, the menu, Account.
    (
        "the app's route to the account page, for one device",
        "one-device",
        "account-page#app-account",
        &["Account", "account page"],
    ),
    (
        "the app's route to the account page, for all devices",
        "everywhere",
        "account-page#app-account",
        &["Account", "account page"],
    ),
    (
        "the app's route to the account page, for the password",
        "password",
        "account-page#app-account",
        &["Account", "account page"],
    ),
    (
        "the hotel guest with only a phone reaches the app's route",
        "left-behind",
        "account-page#app-my-netflix",
        &["My Netflix"],
    ),
    // Manage access and devices.
    (
        "Account from the profile menu",
        "one-device",
        "account-page#account",
        &["profile icon", "Account"],
    ),
    (
        "Security & Privacy, Manage access and devices, or Access and devices",
        "one-device",
        "sign-out-device-web#manage-access",
        &[
            "Security & Privacy",
            "Manage access and devices",
            "Access and devices",
        ],
    ),
    (
        "the list shows type, place and last use",
        "one-device",
        "sign-out-device-web#find-device",
        &["kind of device", "where", "when"],
    ),
    (
        "Sign out next to one device",
        "one-device",
        "sign-out-device-web#sign-out",
        &["Sign out", "next to"],
    ),
    // Sign out of all devices.
    (
        "Sign out of all devices on the Account page",
        "everywhere",
        "sign-out-all#sign-out-all",
        &["Sign out of all devices"],
    ),
    (
        "confirm; everyone signs in again",
        "everywhere",
        "sign-out-all#confirm",
        &["Sign Out", "sign in again"],
    ),
    (
        "it can take a while",
        "everywhere",
        "sign-out-all#done",
        &["can take a while"],
    ),
    (
        "then change the password",
        "everywhere",
        "sign-out-all#change-password-now",
        &["password"],
    ),
    (
        "change it for unknown places or misuse",
        "everywhere",
        "sign-out-all#done",
        &["places you don't know", "someone else"],
    ),
    (
        "don't reuse an old or simple password",
        "password",
        "change-password#done",
        &["Don't reuse an old or simple password"],
    ),
    (
        "a new password, typed twice",
        "password",
        "change-password#new-password",
        &["current password", "new one"],
    ),
    (
        "a forgotten password: Forgot password? on the change-password page",
        "password",
        "reset-password#from-password-page",
        &["Forgot password?"],
    ),
    (
        "a forgotten password: Forgot password? on the sign-in page",
        "password",
        "reset-password#from-sign-in",
        &["Forgot password?", "sign-in page"],
    ),
    (
        "the reset link comes by email or text message",
        "password",
        "reset-password#message",
        &["email", "text message"],
    ),
    (
        "make every device sign in again",
        "password",
        "change-password#save",
        &["Require all devices to sign in again"],
    ),
    // Tips.
    (
        "sign out before leaving a shared or hotel TV",
        "tv",
        "sign-out-tv#done",
        &["sign out before you leave", "hotel"],
    ),
    (
        "can't find Sign Out: Get Help, then Settings",
        "tv",
        "sign-out-tv#done",
        &["Get Help first, then Settings"],
    ),
    (
        "odd layouts: remove the device on the website",
        "tv",
        "sign-out-tv#done",
        &["Manage access and devices"],
    ),
    // Signing back in.
    (
        "Sign In or Log In on the TV",
        "sign-in",
        "sign-in-tv#open-app",
        &["Sign In", "Log In"],
    ),
    (
        "Use Phone: QR code or a code to match",
        "sign-in",
        "sign-in-tv#use-phone",
        &["Use Phone", "QR code", "code"],
    ),
    (
        "or email and password",
        "sign-in",
        "sign-in-tv#type-details",
        &["email", "password"],
    ),
    (
        "new subscribers: Get Started",
        "sign-in",
        "sign-in-tv#new-member",
        &["Get Started"],
    ),
    // The hotel / friend's TV scenario.
    (
        "the password page's box repeats a sign-out just done, and says so",
        "everywhere",
        "change-password#save",
        &[
            "Did you just sign out of all devices?",
            "does the same again",
        ],
    ),
    (
        "a TV missing from the device list: sign out every device, and why",
        "one-device",
        "sign-out-device-web#cant-tell",
        &["sign out of all devices", "for certain"],
    ),
    (
        "the forum's name for the device page",
        "one-device",
        "sign-out-device-web#manage-access",
        &["Manage account access and devices"],
    ),
    (
        "are you still in front of that TV?",
        "left-behind",
        "left-behind#still-there",
        &["still in front of that TV?"],
    ),
    (
        "every device or just that TV",
        "left-behind",
        "left-behind#which-way",
        &["every device", "just that TV"],
    ),
    (
        "the TV itself if still there",
        "left-behind",
        "tv-menu#confirm",
        &["Yes"],
    ),
    (
        "in front of the TV: the password change is offered straight after",
        "left-behind",
        "left-behind#password-too",
        &["new password"],
    ),
    (
        "in front of the TV, which could not be signed out: sign out from the website",
        "left-behind",
        "left-behind#tv-done",
        &["still shows your profiles", "phone or computer"],
    ),
    (
        "on the TV guide, the outcome leads on to a new password",
        "tv",
        "sign-out-tv#done",
        &["Change my password too", "change your password"],
    ),
    (
        "the website signs out every device",
        "left-behind",
        "sign-out-all#confirm",
        &["Sign Out"],
    ),
    (
        "or just that device",
        "left-behind",
        "sign-out-device-web#sign-out",
        &["Sign out"],
    ),
    (
        "then the password is changed",
        "left-behind",
        "change-password#save",
        &["Save"],
    ),
];

fn pack() -> Pack {
    let (pack, problems) = stepwise::guide::check_on(
        PackSource::Builtin,
        // A fixed day, so the pack growing old never fails this test.
        stepwise::guide::date::Date::parse("2026-12-04").expect("a date"),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    pack
}

fn node_ref(text: &str) -> NodeRef {
    let (guide, node) = text.split_once('#').expect("guide#node");
    NodeRef::new(guide, node)
}

/// Everything a node says to the user, marks and answers included.
fn words_of(node: &Node) -> String {
    let mut words = vec![node.title().to_owned()];
    match node {
        Node::Step(step) => {
            words.push(step.text.clone());
            words.extend(step.checks.iter().cloned());
            words.extend(step.stuck.iter().map(|s| s.label.clone()));
        }
        Node::Question(question) => {
            words.push(question.text.clone());
            words.extend(question.options.iter().map(|o| o.label.clone()));
        }
        Node::Outcome(outcome) => {
            words.push(outcome.text.clone());
            words.extend(outcome.tips.iter().cloned());
            words.extend(outcome.options.iter().map(|o| o.label.clone()));
        }
        Node::Call(_) | Node::Return => {}
    }
    if let Some(shot) = node.shot() {
        words.push(shot.alt.clone());
        words.extend(shot.marks.iter().filter_map(|m| match m {
            Mark::Callout(Callout { text, .. }) => Some(text.clone()),
            _ => None,
        }));
    }
    words.join(" ").replace("**", "")
}

/// Every node a user can reach from `from` by any answer or button.
fn reachable(pack: &Pack, from: &NodeRef) -> HashSet<NodeRef> {
    let mut seen = HashSet::from([from.clone()]);
    let mut queue = VecDeque::from([from.clone()]);
    while let Some(at) = queue.pop_front() {
        let Some(node) = pack.node(&at) else { continue };
        for (exit, target) in node.exits() {
            if let Ok(next) = pack.resolve(exit.context(&at.guide), target)
                && seen.insert(next.clone())
            {
                queue.push_back(next);
            }
        }
    }
    seen
}

fn scenario_start(pack: &Pack, id: &str) -> NodeRef {
    let scenario = pack
        .manifest
        .scenarios
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("scenario {id}"));
    pack.resolve(None, &scenario.start)
        .expect("scenario resolves")
}

#[test]
fn every_fact_is_taught_by_a_reachable_node() {
    let pack = pack();
    let mut failures = Vec::new();
    for (fact, scenario, node, words) in FACTS {
        let at = node_ref(node);
        let Some(found) = pack.node(&at) else {
            failures.push(format!("{fact}: node {node} does not exist"));
            continue;
        };
        if !reachable(&pack, &scenario_start(&pack, scenario)).contains(&at) {
            failures.push(format!(
                "{fact}: {node} is not reachable from scenario {scenario}"
            ));
        }
        let said = words_of(found).to_lowercase();
        for word in *words {
            if !said.contains(&word.to_lowercase()) {
                failures.push(format!("{fact}: {node} does not say {word:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_entry_point_of_the_brief_is_a_scenario() {
    let pack = pack();
    let ids: HashSet<&str> = pack
        .manifest
        .scenarios
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    for id in [
        "phone",
        "tv",
        "browser",
        "one-device",
        "everywhere",
        "left-behind",
        "sign-in",
    ] {
        assert!(ids.contains(id), "missing scenario {id}");
    }
}

#[test]
fn the_hotel_scenario_signs_out_everything_then_changes_the_password() {
    let pack = pack();
    let start = scenario_start(&pack, "left-behind");
    let from_start = reachable(&pack, &start);
    let confirm_all = node_ref("sign-out-all#confirm");
    assert!(from_start.contains(&confirm_all));
    // After signing out every device, the path continues into changing the password.
    let after = reachable(&pack, &confirm_all);
    assert!(after.contains(&node_ref("change-password#new-password")));
    assert!(after.contains(&node_ref("change-password#save")));
    // The first answers are the expected path: it runs through sign-out-all.
    let walk = stepwise::guide::walk::Walk::begin_scenario(&pack, "left-behind").expect("starts");
    let ahead = walk.ahead(&pack);
    assert!(
        ahead.contains(&node_ref("sign-out-all#confirm")),
        "{ahead:?}"
    );
    assert!(
        ahead.contains(&node_ref("change-password#save")),
        "{ahead:?}"
    );
}

#[test]
fn in_front_of_the_tv_the_password_change_is_offered_right_after_signing_out() {
    use stepwise::guide::walk::{Command, Walk};
    let pack = pack();
    let mut walk = Walk::begin_scenario(&pack, "left-behind").expect("starts");
    let Some(Node::Question(question)) = walk.node(&pack) else {
        panic!("left-behind starts with a question");
    };
    let in_front = question
        .options
        .iter()
        .position(|o| o.label.contains("in front of it"))
        .expect("an answer for someone in front of the TV");
    walk.apply(&pack, Command::Choose(in_front))
        .expect("in front of it");
    // The expected way through the TV's own menu, up to the first question
    // that offers a new password: no outcome (and no "No, it didn't
    // solve it") on the way.
    let mut passed = Vec::new();
    let offer = loop {
        passed.push(walk.current.to_string());
        assert!(passed.len() < 40, "{passed:?}");
        match walk.node(&pack).expect("the node exists") {
            Node::Step(_) => walk.apply(&pack, Command::Next).expect("next"),
            Node::Question(question) => {
                let answers: Vec<NodeRef> = question
                    .options
                    .iter()
                    .map(|o| {
                        pack.resolve(Some(&walk.current.guide), &o.to)
                            .expect("resolves")
                    })
                    .collect();
                // An answer that goes straight into the password guide.
                if answers.iter().any(|a| {
                    a.guide == "change-password"
                        && reachable(&pack, a).contains(&node_ref("change-password#save"))
                }) {
                    break answers;
                }
                walk.apply(&pack, Command::Choose(0)).expect("first answer");
            }
            other => panic!(
                "{} before the password was offered: {passed:?}",
                other.kind_name()
            ),
        }
    };
    assert!(
        passed.iter().any(|p| p == "tv-menu#confirm"),
        "the TV itself was signed out first: {passed:?}"
    );
    // The other answer ends there, and if the TV is still signed in, its
    // outcome leads on to signing out every device from the website.
    assert!(
        offer
            .iter()
            .any(|a| reachable(&pack, a).contains(&node_ref("sign-out-all#confirm"))),
        "signing out every device is not offered after the TV: {offer:?}"
    );
}

#[test]
fn every_screen_of_the_brief_has_an_image_used_by_a_step() {
    let pack = pack();
    let used: HashSet<String> = pack
        .guides
        .iter()
        .flat_map(|g| {
            g.guide
                .nodes
                .iter()
                .filter_map(|(_, n)| n.shot().map(|s| s.image.clone()))
        })
        .collect();
    for image in [
        "shots/tv/home.png",
        "shots/tv/side-menu.png",
        "shots/tv/top-bar.png",
        "shots/tv/get-help.png",
        "shots/tv/confirm-sign-out.png",
        "shots/tv/sign-in.png",
        "shots/tv/choose-sign-in.png",
        "shots/phone/home.png",
        "shots/phone/menu.png",
        "shots/phone/confirm-sign-out.png",
        "shots/web/profile-menu.png",
        "shots/web/account.png",
        "shots/web/devices.png",
        "shots/web/sign-out-all.png",
        "shots/web/change-password.png",
        "shots/tv/menu-layouts.png",
        "shots/tv/top-bar-menu.png",
        "shots/tv/menu-settings.png",
        "shots/tv/settings.png",
        "shots/web/browse.png",
        "shots/web/sign-in.png",
    ] {
        assert!(used.contains(image), "{image} is not used by any step");
    }
}

/// What the instructions may not say: facts the sources do not give (the
/// pictures may show such things as filler, but the words must not send a
/// person to them). Each phrase is one the guides once said.
#[test]
fn no_instruction_names_what_the_sources_do_not() {
    let pack = pack();
    let unsourced = [
        (
            "the last item",
            "the sources say only \"scroll down to Sign Out\"",
        ),
        ("six-digit", "the sources say \"a code\""),
        ("use remote", "the sources name only Use Phone"),
        (
            "bottom right",
            "the sources give no position in the phone app",
        ),
        (
            "top right corner",
            "the sources give no position in the phone app",
        ),
        (
            "list on the left of the account",
            "the sources do not describe the account page's list",
        ),
        (
            "overview",
            "the sources do not describe the account page's list",
        ),
        ("check your network", "an item of the drawn Get Help page"),
        ("about this device", "an item of the drawn Settings page"),
    ];
    let mut found = Vec::new();
    for loaded in &pack.guides {
        for (id, node) in loaded.guide.nodes.iter() {
            // What a person is told: instructions, questions, endings.
            let told = match node {
                Node::Step(step) => step.text.clone(),
                Node::Question(q) => q.text.clone(),
                Node::Outcome(o) => format!("{} {}", o.text, o.tips.join(" ")),
                Node::Call(_) | Node::Return => continue,
            }
            .to_lowercase()
            .replace("**", "");
            for (phrase, why) in unsourced {
                if told.contains(phrase) {
                    found.push(format!("{}#{id}: \"{phrase}\": {why}", loaded.guide.id));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
