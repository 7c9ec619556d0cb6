//! The rate limit on new letters: at most `limit` per `window` from one client address
//! (an IPv6 address counts by its /64, what one household or phone is given). A sliding
//! log of the instants letters were accepted, in a map pruned as it grows; replays of a
//! stored letter (same key) are not counted.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    pub limit: u32,
    pub window: Duration,
}

impl Default for RateLimit {
    /// 5 letters per 10 minutes per address: more than a citizen writes, few enough to
    /// make flooding the mailbox slow.
    fn default() -> Self {
        RateLimit { limit: 5, window: Duration::from_secs(600) }
    }
}

impl RateLimit {
    /// `N/SECONDS`, e.g. `5/600`.
    pub fn parse(s: &str) -> Result<RateLimit, String> {
        let bad = || format!("rate limit {s:?}: expected LETTERS/SECONDS, e.g. 5/600");
        let (n, secs) = s.split_once('/').ok_or_else(bad)?;
        let limit: u32 = n.trim().parse().map_err(|_| bad())?;
        let secs: u64 = secs.trim().parse().map_err(|_| bad())?;
        if limit == 0 || secs == 0 {
            return Err(bad());
        }
        Ok(RateLimit { limit, window: Duration::from_secs(secs) })
    }
}

#[derive(Debug)]
pub struct Limiter {
    rate: RateLimit,
    clients: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

/// Entries above which stale addresses are dropped.
const PRUNE_ABOVE: usize = 10_000;

fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
        v4 => v4,
    }
}

impl Limiter {
    pub fn new(rate: RateLimit) -> Limiter {
        Limiter { rate, clients: Mutex::new(HashMap::new()) }
    }

    /// Whether `ip` may send a letter now: `Err(wait)` if not, else the letter is counted.
    pub fn take(&self, ip: IpAddr, now: Instant) -> Result<(), Duration> {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        let window = self.rate.window;
        if clients.len() > PRUNE_ABOVE {
            clients.retain(|_, log| log.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let log = clients.entry(bucket(ip)).or_default();
        while log.front().is_some_and(|t| now.duration_since(*t) >= window) {
            log.pop_front();
        }
        if log.len() >= self.rate.limit as usize {
            let oldest = *log.front().expect("limit > 0");
            return Err(window.saturating_sub(now.duration_since(oldest)).max(Duration::from_secs(1)));
        }
        log.push_back(now);
        Ok(())
    }

    /// Forgets the last letter counted for `ip` (it was not stored after all).
    pub fn give_back(&self, ip: IpAddr) {
        let mut clients = self.clients.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(log) = clients.get_mut(&bucket(ip)) {
            log.pop_back();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_address_in_a_sliding_window() {
        let limiter = Limiter::new(RateLimit { limit: 2, window: Duration::from_secs(60) });
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        let t = Instant::now();
        assert!(limiter.take(a, t).is_ok());
        assert!(limiter.take(a, t + Duration::from_secs(10)).is_ok());
        let wait = limiter.take(a, t + Duration::from_secs(20)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(40));
        assert!(limiter.take(b, t + Duration::from_secs(20)).is_ok());
        assert!(limiter.take(a, t + Duration::from_secs(61)).is_ok());
        let (c, d): (IpAddr, IpAddr) = ("2001:db8::1".parse().unwrap(), "2001:db8::2".parse().unwrap());
        assert!(limiter.take(c, t).is_ok() && limiter.take(d, t).is_ok());
        assert!(limiter.take(c, t).is_err(), "one /64 is one client");
        assert_eq!(RateLimit::parse("5/600").unwrap(), RateLimit::default());
        assert!(RateLimit::parse("0/600").is_err() && RateLimit::parse("5").is_err());
    }
}
