//! Support shared by the integration tests that play whole shifts with scripted policies.
#![allow(dead_code)]

pub mod clerks;
