; getelementptr inbounds with all-zero indices (LangRef "getelementptr"): the in-bounds rules apply only to a
; getelementptr with some non-zero index; with all indices zero it is always inbounds (so `gep inbounds p, 0` is p even
; when p points to no object, null included). With a non-zero index and a base outside any object it is poison.

;; pair: inbounds gep with an index that is zero at run time is its base
;; expect: proved
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr inbounds i8, ptr %p, i64 %i
  %c = icmp eq i64 %i, 0
  %r = select i1 %c, ptr %p, ptr %q
  ret ptr %r
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr inbounds i8, ptr %p, i64 %i
  ret ptr %q
}

;; pair: target returns its argument through an inbounds gep of a computed zero index
;; expect: proved
;; source
define ptr @f(ptr %p, i64 noundef %i) {
  ret ptr %p
}
;; target
define ptr @f(ptr %p, i64 noundef %i) {
  %z = and i64 %i, 0
  %q = getelementptr inbounds i32, ptr %p, i64 %z
  ret ptr %q
}

;; pair: target adds inbounds to a gep with a variable index
;; expect: refuted
;; source
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr i8, ptr %p, i64 %i
  ret ptr %q
}
;; target
define ptr @f(ptr %p, i64 %i) {
  %q = getelementptr inbounds i8, ptr %p, i64 %i
  ret ptr %q
}
