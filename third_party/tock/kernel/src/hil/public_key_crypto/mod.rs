// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2022.

//! Provides public/private key encryption

pub mod keys;
pub mod rsa_math;
pub mod signature;
