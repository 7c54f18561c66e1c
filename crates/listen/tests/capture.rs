//! Device enumeration must work (or fail with an error) on machines without audio hardware.
#![cfg(feature = "capture")]

#[test]
fn listing_devices_never_panics() {
    match booth_listen::capture::list_devices() {
        Ok(devs) => {
            eprintln!(
                "{} input device(s): {:?}",
                devs.len(),
                devs.iter().map(|d| &d.name).collect::<Vec<_>>()
            );
            assert!(devs.iter().filter(|d| d.is_default).count() <= 1);
        }
        Err(e) => eprintln!("no device list: {e}"),
    }
    eprintln!("default: {:?}", booth_listen::capture::default_device());
}

#[test]
fn opening_a_missing_device_is_an_error() {
    let r = booth_listen::capture::open(Some("booth-listen: no such device"));
    assert!(r.is_err());
}
