"""Batch upload: many recordings at once → a background scoring job with a live progress bar."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from flask import (Blueprint, Response, abort, current_app, flash, jsonify, redirect, render_template, request,
                   url_for)
from flask_login import current_user

from qa.config import Settings
from web import batch_jobs
from web.access import MANAGERS, roles_required
from web.db import db
from web.i18n import gettext as _
from web.labels import JOB_NAMES
from web.upload_checks import UploadRejected, save_upload

bp = Blueprint("uploads", __name__)
RECENT_JOBS = 20


def _settings() -> Settings:
    return current_app.config["CALLQA_SETTINGS"]


@bp.route("/uploads", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def new_upload() -> str | Response:
    settings = _settings()
    if request.method == "POST":
        files = [f for f in request.files.getlist("files") if f.filename]
        if not files:
            flash(_("没有收到文件。"))
            return redirect(url_for("uploads.new_upload"))
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
        folder = settings.data_dir / "uploads" / f"{stamp}-{secrets.token_hex(4)}"
        accepted, rejected = [], []
        for upload in files:
            try:
                accepted.append(save_upload(upload, folder, settings.upload_max_file_mb * 2**20))
            except UploadRejected as exc:
                rejected.append(str(exc))
        for reason in rejected:
            flash(reason)
        if not accepted:
            flash(_("没有可以评分的文件。"))
            return redirect(url_for("uploads.new_upload"))
        agent_id = request.form.get("agent_id", "").strip()[:100] or None
        job_id = batch_jobs.start(current_app._get_current_object(), accepted, agent_id, current_user.username)
        return redirect(url_for("uploads.job_page", job_id=job_id))
    return render_template("uploads/new.html", jobs=batch_jobs.recent_jobs(db(), RECENT_JOBS),
                           max_mb=settings.upload_max_file_mb, job_names=JOB_NAMES)


@bp.route("/jobs/<int:job_id>")
@roles_required(*MANAGERS)
def job_page(job_id: int) -> str:
    job = batch_jobs.job_view(db(), job_id)
    if job is None:
        abort(404)
    return render_template("uploads/job.html", job=job, job_names=JOB_NAMES)


@bp.route("/jobs/<int:job_id>.json")
@roles_required(*MANAGERS)
def job_progress(job_id: int) -> Response:
    job = batch_jobs.job_view(db(), job_id)
    if job is None:
        abort(404)
    return jsonify(job.progress())
