// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2024.

pub mod assigner_name;
pub mod assigner_tbf;
pub mod checker;
pub mod checker_null;
pub mod checker_sha;
pub mod checker_signature;
