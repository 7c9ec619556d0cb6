//! Hosts the built portal. Usage:
//! `portal-server [--dist DIR] [--addr HOST:PORT] [--hsts]`
//! (defaults `dist`, `127.0.0.1:8080`, no HSTS). `--hsts`, or `PORTAL_HSTS=1` in the
//! environment, sends Strict-Transport-Security: only for a deployment behind TLS.
//! Stops gracefully on Ctrl-C and on SIGTERM (what `docker stop` and systemd send).

use portal_server::Config;
use std::net::SocketAddr;
use std::path::PathBuf;

struct Args {
    config: Config,
    addr: SocketAddr,
}

fn parse_args() -> Result<Args, String> {
    let hsts = std::env::var("PORTAL_HSTS").is_ok_and(|v| v == "1");
    let mut args = Args { config: Config { hsts, ..Config::new(PathBuf::from("dist")) }, addr: ([127, 0, 0, 1], 8080).into() };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "--hsts" {
            args.config.hsts = true;
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => args.config.dist = PathBuf::from(value),
            "--addr" => args.addr = value.parse().map_err(|e| format!("--addr {value}: {e}"))?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    // Once, at start-up, before anything is served: blocking here is harmless.
    if !args.config.dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build first (scripts/run does)", args.config.dist.display()));
    }
    Ok(args)
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

#[tokio::main]
async fn main() {
    let args = match parse_args() {
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
