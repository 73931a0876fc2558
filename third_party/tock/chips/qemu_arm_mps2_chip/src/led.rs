use kernel::hil;
use kernel::utilities::StaticRef;
use kernel::utilities::registers::ReadWrite;
use kernel::utilities::registers::interfaces::{Readable, Writeable};

pub const FPGAIO_BASE: StaticRef<FpgaioRegisters> =
    unsafe { StaticRef::new(0x4002_8000 as *const FpgaioRegisters) };

pub const NUM_LEDS: u32 = 2;

#[repr(C)]
pub struct FpgaioRegisters {
    led0: ReadWrite<u32>,
}

pub struct Fpgaio {
    registers: StaticRef<FpgaioRegisters>,
}

impl Fpgaio {
    pub const fn new(registers: StaticRef<FpgaioRegisters>) -> Self {
        Fpgaio { registers }
    }

    pub fn led(&self, index: u32) -> Led<'_> {
        Led {
            fpgaio: self,
            mask: 1 << index,
        }
    }
}

pub struct Led<'a> {
    fpgaio: &'a Fpgaio,
    mask: u32,
}

impl hil::led::Led for Led<'_> {
    fn init(&self) {}

    fn on(&self) {
        let v = self.fpgaio.registers.led0.get() | self.mask;
        self.fpgaio.registers.led0.set(v);
    }

    fn off(&self) {
        let v = self.fpgaio.registers.led0.get() & !self.mask;
        self.fpgaio.registers.led0.set(v);
    }

    fn toggle(&self) {
        let v = self.fpgaio.registers.led0.get() ^ self.mask;
        self.fpgaio.registers.led0.set(v);
    }

    fn read(&self) -> bool {
        self.fpgaio.registers.led0.get() & self.mask != 0
    }
}
