//! Screenshot bytes -> the app's own decoder with limits. Must never abort,
//! whatever a PNG or JPEG header claims.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(shot) = stepwise::shots::decode_bytes(data, 1024) {
        assert!(shot.size[0] <= 1024 && shot.size[1] <= 1024);
        assert_eq!(shot.rgba.len(), shot.size[0] * shot.size[1] * 4);
    }
});
