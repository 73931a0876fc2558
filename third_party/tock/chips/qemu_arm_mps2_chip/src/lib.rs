#![no_std]

pub mod chip;
pub mod interrupts;
pub mod led;
pub mod timer;
pub mod uart;

#[cfg(feature = "cortex-m4")]
pub mod vectors_m4;

use kernel::platform::chip::InterruptService;

pub const SYSCLK_FRQ: u32 = 25_000_000;

pub struct Mps2DefaultPeripherals<'a> {
    pub uart0: uart::Uart<'a>,
    pub timer0: timer::Timer<'a>,
    pub fpgaio: led::Fpgaio,
}

impl Mps2DefaultPeripherals<'_> {
    pub fn new() -> Self {
        Self {
            uart0: uart::Uart::new(uart::UART0_BASE),
            timer0: timer::Timer::new(timer::TIMER0_BASE),
            fpgaio: led::Fpgaio::new(led::FPGAIO_BASE),
        }
    }
}

impl Default for Mps2DefaultPeripherals<'_> {
    fn default() -> Self {
        Self::new()
    }
}

impl InterruptService for Mps2DefaultPeripherals<'_> {
    fn service_interrupt(&self, interrupt: u32) -> bool {
        match interrupt {
            interrupts::UART0_RX | interrupts::UART0_TX => self.uart0.handle_interrupt(),
            interrupts::TIMER0 => self.timer0.handle_interrupt(),
            _ => return false,
        }
        true
    }
}
