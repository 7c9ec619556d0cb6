//! Hosts the built portal. Usage: `portal-server [--dist DIR] [--addr HOST:PORT]`
//! (defaults `dist`, `127.0.0.1:8080`). The mailbox API will live here too.

use std::net::SocketAddr;
use std::path::PathBuf;

struct Args {
    dist: PathBuf,
    addr: SocketAddr,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { dist: PathBuf::from("dist"), addr: ([127, 0, 0, 1], 8080).into() };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => args.dist = PathBuf::from(value),
            "--addr" => args.addr = value.parse().map_err(|e| format!("--addr {value}: {e}"))?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    if !args.dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build first (scripts/run does)", args.dist.display()));
    }
    Ok(args)
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
    println!("portal-server: serving {} at http://{}/", args.dist.display(), args.addr);
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let app = portal_server::site(args.dist);
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown).await {
        eprintln!("portal-server: {e}");
        std::process::exit(1);
    }
}
