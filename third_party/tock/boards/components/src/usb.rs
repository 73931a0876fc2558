// Licensed under the Apache License, Version 2.0 or the MIT License.
// SPDX-License-Identifier: Apache-2.0 OR MIT
// Copyright Tock Contributors 2022.

//! Generic component for initializing a USB device given a USBController.
//!
//! This provides one Component, UsbComponent, which implements
//! A userspace syscall interface to a USB peripheral.
//!
//! Usage
//! -----
//! ```rust
//! let usb_driver = components::usb::UsbComponent::new(
//!     board_kernel,
//!     capsules_extra::usb::usb_user::DRIVER_NUM,
//!     &peripherals.usbc,
//! )
//! .finalize(components::usb_component_static!(sam4l::usbc::Usbc));
//! ```

use core::mem::MaybeUninit;
use kernel::capabilities::MemoryAllocationCapability;
use kernel::component::Component;
use kernel::hil::usb::UsbController;

#[macro_export]
macro_rules! usb_component_static {
    ($U:ty $(,)?) => {{
        let usb_client = kernel::static_buf!(capsules_extra::usb::usbc_client::Client<'static, $U>);
        let usb_driver = kernel::static_buf!(
            capsules_extra::usb::usb_user::UsbSyscallDriver<
                'static,
                capsules_extra::usb::usbc_client::Client<'static, $U>,
            >
        );
        (usb_client, usb_driver)
    }};
}

pub struct UsbComponent<
    U: UsbController<'static> + 'static,
    CAP: MemoryAllocationCapability + 'static,
> {
    board_kernel: &'static kernel::Kernel,
    driver_num: usize,
    usbc: &'static U,
    mem_cap: CAP,
}

impl<U: UsbController<'static> + 'static, CAP: MemoryAllocationCapability + 'static>
    UsbComponent<U, CAP>
{
    pub fn new(
        board_kernel: &'static kernel::Kernel,
        driver_num: usize,
        usbc: &'static U,
        mem_cap: CAP,
    ) -> Self {
        Self {
            board_kernel,
            driver_num,
            usbc,
            mem_cap,
        }
    }
}

impl<U: UsbController<'static> + 'static, CAP: MemoryAllocationCapability + 'static> Component
    for UsbComponent<U, CAP>
{
    type StaticInput = (
        &'static mut MaybeUninit<capsules_extra::usb::usbc_client::Client<'static, U>>,
        &'static mut MaybeUninit<
            capsules_extra::usb::usb_user::UsbSyscallDriver<
                'static,
                capsules_extra::usb::usbc_client::Client<'static, U>,
            >,
        >,
    );
    type Output = &'static capsules_extra::usb::usb_user::UsbSyscallDriver<
        'static,
        capsules_extra::usb::usbc_client::Client<'static, U>,
    >;

    fn finalize(self, s: Self::StaticInput) -> Self::Output {
        // Configure the USB controller
        let usb_client = s.0.write(capsules_extra::usb::usbc_client::Client::new(
            self.usbc,
            capsules_extra::usb::usbc_client::MAX_CTRL_PACKET_SIZE_SAM4L,
        ));
        self.usbc.set_client(usb_client);

        // Configure the USB userspace driver
        let usb_driver =
            s.1.write(capsules_extra::usb::usb_user::UsbSyscallDriver::new(
                usb_client,
                self.board_kernel
                    .create_grant(self.driver_num, &self.mem_cap),
            ));

        usb_driver
    }
}
