use core::cell::Cell;

use kernel::hil::time::{Alarm, AlarmClient, Frequency, Ticks, Ticks32, Time};
use kernel::utilities::StaticRef;
use kernel::utilities::registers::interfaces::{Readable, Writeable};
use kernel::utilities::registers::{ReadWrite, register_bitfields};

pub const TIMER0_BASE: StaticRef<TimerRegisters> =
    unsafe { StaticRef::new(0x4000_0000 as *const TimerRegisters) };
pub const TIMER1_BASE: StaticRef<TimerRegisters> =
    unsafe { StaticRef::new(0x4000_1000 as *const TimerRegisters) };

#[repr(C)]
pub struct TimerRegisters {
    ctrl: ReadWrite<u32, CTRL::Register>,
    value: ReadWrite<u32, VALUE::Register>,
    reload: ReadWrite<u32, VALUE::Register>,
    intstatus: ReadWrite<u32, INTSTATUS::Register>,
}

register_bitfields![u32,
    CTRL [
        En OFFSET(0) NUMBITS(1) [],
        IrqEn OFFSET(3) NUMBITS(1) [],
    ],
    VALUE [
        Value OFFSET(0) NUMBITS(32) [],
    ],
    INTSTATUS [
        Irq OFFSET(0) NUMBITS(1) [],
    ],
];

pub struct Freq25MHz;
impl Frequency for Freq25MHz {
    fn frequency() -> u32 {
        crate::SYSCLK_FRQ
    }
}

pub struct Timer<'a> {
    registers: StaticRef<TimerRegisters>,
    client: kernel::utilities::cells::OptionalCell<&'a dyn AlarmClient>,
    synced_now: Cell<u32>,
    synced_value: Cell<u32>,
    target: Cell<u32>,
    armed: Cell<bool>,
}

impl<'a> Timer<'a> {
    pub fn new(registers: StaticRef<TimerRegisters>) -> Timer<'a> {
        registers.ctrl.set(0);
        registers.reload.write(VALUE::Value.val(u32::MAX));
        registers.value.write(VALUE::Value.val(u32::MAX));
        registers.ctrl.write(CTRL::En::SET + CTRL::IrqEn::SET);

        Timer {
            registers,
            client: kernel::utilities::cells::OptionalCell::empty(),
            synced_now: Cell::new(0),
            synced_value: Cell::new(u32::MAX),
            target: Cell::new(0),
            armed: Cell::new(false),
        }
    }

    fn live_now(&self) -> u32 {
        let value = self.registers.value.read(VALUE::Value);
        self.synced_now
            .get()
            .wrapping_add(self.synced_value.get().wrapping_sub(value))
    }

    pub fn handle_interrupt(&self) {
        self.registers.intstatus.write(INTSTATUS::Irq::SET);
        self.synced_now
            .set(self.synced_now.get().wrapping_add(self.synced_value.get()));
        self.synced_value.set(u32::MAX);

        if self.armed.take() {
            self.client.map(|client| client.alarm());
        }
    }
}

impl Time for Timer<'_> {
    type Frequency = Freq25MHz;
    type Ticks = Ticks32;

    fn now(&self) -> Ticks32 {
        Ticks32::from(self.live_now())
    }
}

impl<'a> Alarm<'a> for Timer<'a> {
    fn set_alarm_client(&self, client: &'a dyn AlarmClient) {
        self.client.set(client);
    }

    fn set_alarm(&self, reference: Ticks32, dt: Ticks32) {
        let now = self.now();
        let target = reference.wrapping_add(dt);
        self.target.set(target.into_usize() as u32);

        let elapsed = now.wrapping_sub(reference);
        let remaining = if elapsed >= dt {
            self.minimum_dt()
        } else {
            let r = dt.wrapping_sub(elapsed);
            if r.into_usize() < self.minimum_dt().into_usize() {
                self.minimum_dt()
            } else {
                r
            }
        };

        self.synced_now.set(now.into_usize() as u32);
        let remaining_raw = remaining.into_usize() as u32;
        self.synced_value.set(remaining_raw);
        self.armed.set(true);
        self.registers.value.write(VALUE::Value.val(remaining_raw));
    }

    fn get_alarm(&self) -> Ticks32 {
        Ticks32::from(self.target.get())
    }

    fn disarm(&self) -> Result<(), kernel::ErrorCode> {
        self.armed.set(false);
        Ok(())
    }

    fn is_armed(&self) -> bool {
        self.armed.get()
    }

    fn minimum_dt(&self) -> Ticks32 {
        Ticks32::from(10)
    }
}
