; `null_pointer_is_valid` (LangRef "Function Attributes"): address 0 is then an ordinary address, so loading or storing
; at null is defined. Without the attribute (in address space 0) an access at null is UB, and any target refines it.

;; pair: null is valid: a load at null is defined, target returns 0
;; expect: wrong
;; source
define i32 @f() null_pointer_is_valid {
  %v = load i32, ptr null, align 4
  ret i32 %v
}
;; target
define i32 @f() null_pointer_is_valid {
  ret i32 0
}

;; pair: null is valid: a store at null is defined, target drops it
;; expect: wrong
;; source
define void @f() null_pointer_is_valid {
  store i32 1, ptr null, align 4
  ret void
}
;; target
define void @f() null_pointer_is_valid {
  ret void
}

;; pair: null is valid: a load at null plus 0, target returns the load
;; expect: right
;; source
define i32 @f() null_pointer_is_valid {
  %v = load i32, ptr null, align 4
  %w = add i32 %v, 0
  ret i32 %w
}
;; target
define i32 @f() null_pointer_is_valid {
  %v = load i32, ptr null, align 4
  ret i32 %v
}

;; pair: without the attribute a load at null is UB, target returns 0
;; expect: proved
;; source
define i32 @f() {
  %v = load i32, ptr null, align 4
  ret i32 %v
}
;; target
define i32 @f() {
  ret i32 0
}
