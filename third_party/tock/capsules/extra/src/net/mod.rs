// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2022.

//! Modules for IPv6 over 6LoWPAN stack

pub mod frag_utils;
pub mod sixlowpan;
pub mod util;
#[macro_use]
pub mod stream;
pub mod icmpv6;
pub mod ieee802154;
pub mod ipv6;
pub mod network_capabilities;
pub mod tcp;
pub mod thread;
pub mod udp;
