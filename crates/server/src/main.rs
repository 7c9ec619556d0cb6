//! Hosts the built portal. Usage:
//! `portal-server [--dist DIR] [--addr HOST:PORT] [--hsts] [--data DIR] [--rate-limit N/SECS] [--trust-proxy]`
//! (defaults `dist`, `127.0.0.1:8080`, no HSTS). `--hsts`, or `PORTAL_HSTS=1` in the
//! environment, sends Strict-Transport-Security: only for a deployment behind TLS.
//! `--data` (or `PORTAL_DATA`, default `data`) is the mailbox's directory, created if
//! missing, with `mailbox.sqlite3` in it. `--rate-limit` (or `PORTAL_RATE_LIMIT`, default
//! `5/600`) is new letters per client address per seconds. `--trust-proxy` (or
//! `PORTAL_TRUST_PROXY=1`) counts a loopback peer's letters by its `X-Forwarded-For`.
//! Stops gracefully on Ctrl-C and on SIGTERM (what `docker stop` and systemd send).
//!
//! `portal-server admin ...` is the staff's command line on the mailbox's database: see
//! `portal_server::mailbox::admin`, or run it without a command for its usage.

use portal_server::mailbox::{self, RateLimit};
use portal_server::Config;
use std::net::SocketAddr;
use std::path::PathBuf;

struct Args {
    config: Config,
    addr: SocketAddr,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let env_on = |name: &str| std::env::var(name).is_ok_and(|v| v == "1");
    let mut config = Config { hsts: env_on("PORTAL_HSTS"), trust_proxy: env_on("PORTAL_TRUST_PROXY"), ..Config::new(PathBuf::from("dist")) };
    let mut addr: SocketAddr = ([127, 0, 0, 1], 8080).into();
    let mut data = mailbox::admin::default_data_dir();
    let mut rate = match std::env::var("PORTAL_RATE_LIMIT") {
        Ok(v) if !v.is_empty() => RateLimit::parse(&v)?,
        _ => RateLimit::default(),
    };
    let mut it = args;
    while let Some(flag) = it.next() {
        match flag.as_str() {
            "--hsts" => config.hsts = true,
            "--trust-proxy" => config.trust_proxy = true,
            _ => {
                let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--dist" => config.dist = PathBuf::from(value),
                    "--addr" => addr = value.parse().map_err(|e| format!("--addr {value}: {e}"))?,
                    "--data" => data = PathBuf::from(value),
                    "--rate-limit" => rate = RateLimit::parse(&value)?,
                    other => return Err(format!("unknown option {other}")),
                }
            }
        }
    }
    // Once, at start-up, before anything is served: blocking here is harmless.
    if !config.dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build first (scripts/run does)", config.dist.display()));
    }
    // A server that cannot keep letters does not start: the form would fail every citizen.
    config.mailbox = Some(mailbox::Service::open(&data, rate).map_err(|e| format!("mailbox: {e}"))?);
    println!("portal-server: mailbox in {}", data.join(mailbox::store::FILE_NAME).display());
    Ok(Args { config, addr })
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            // Without a SIGTERM handler, Ctrl-C still stops the server.
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
    println!("portal-server: shutting down");
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("admin") {
        let rest: Vec<String> = args.skip(1).collect();
        match mailbox::admin::run(&rest) {
            Ok(out) => println!("{out}"),
            Err(e) => {
                eprintln!("portal-server admin: {e}");
                std::process::exit(2);
            }
        }
        return;
    }
    serve(args);
}

#[tokio::main]
async fn serve(args: impl Iterator<Item = String>) {
    let args = match parse_args(args) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("portal-server: {e}");
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(args.addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("portal-server: cannot listen on {}: {e}", args.addr);
            std::process::exit(1);
        }
    };
    let shown = listener.local_addr().unwrap_or(args.addr);
    println!("portal-server: serving {} at http://{shown}/", args.config.dist.display());
    portal_server::serve::run(listener, args.config, shutdown_signal()).await;
}
