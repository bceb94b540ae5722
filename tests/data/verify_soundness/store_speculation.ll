; Introducing a store (LangRef "dereferenceable", "writable", "Memory Model for Concurrent Operations"):
; `dereferenceable` makes memory safe to read, not to write; the memory a function is passed (or a global) may be
; read-only or shared with another thread, so a target may not store where the source does not, even the value
; already there. Only a `writable` parameter's dereferenceable bytes may be loaded and stored back.

;; pair: if (*p != 42) *p = 42 becomes an unconditional store
;; expect: refuted
;; source
define void @f(ptr noundef dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  %c = icmp ne i32 %v, 42
  br i1 %c, label %set, label %done
set:
  store i32 42, ptr %p, align 4
  br label %done
done:
  ret void
}
;; target
define void @f(ptr noundef dereferenceable(4) %p) {
  store i32 42, ptr %p, align 4
  ret void
}

;; pair: a dereferenceable pointer read, target stores the value back
;; expect: refuted
;; source
define i32 @f(ptr noundef dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr noundef dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr %p, align 4
  ret i32 %v
}

;; pair: a global set to 42 unless it already is, target stores unconditionally
;; expect: wrong
;; source
@g = global i32 0, align 4
define void @f() {
  %v = load i32, ptr @g, align 4
  %c = icmp ne i32 %v, 42
  br i1 %c, label %set, label %done
set:
  store i32 42, ptr @g, align 4
  br label %done
done:
  ret void
}
;; target
@g = global i32 0, align 4
define void @f() {
  store i32 42, ptr @g, align 4
  ret void
}

;; pair: a writable dereferenceable parameter read, target stores the value back
;; expect: right
;; source
define i32 @f(ptr noundef writable dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
;; target
define i32 @f(ptr noundef writable dereferenceable(4) %p) {
  %v = load i32, ptr %p, align 4
  store i32 %v, ptr %p, align 4
  ret i32 %v
}

;; pair: two stores to the same place, target keeps the last
;; expect: proved
;; source
define void @f(ptr %p) {
  store i32 1, ptr %p, align 4
  store i32 2, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  store i32 2, ptr %p, align 4
  ret void
}

;; pair: an unconditional store, target stores only when the (frozen) value differs (an undef byte may freeze to 42 and stay undef)
;; expect: refuted
;; source
define void @f(ptr %p) {
  store i32 42, ptr %p, align 4
  ret void
}
;; target
define void @f(ptr %p) {
  %v = load i32, ptr %p, align 4
  %f = freeze i32 %v
  %c = icmp ne i32 %f, 42
  br i1 %c, label %set, label %done
set:
  store i32 42, ptr %p, align 4
  br label %done
done:
  ret void
}
